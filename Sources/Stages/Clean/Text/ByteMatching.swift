import TextPipeCore

/// Comparisons of byte slices with lower-case ASCII patterns, folding ASCII
/// case in the slice; non-ASCII bytes must match exactly.
enum ByteMatching {
    /// `range` without leading and trailing ASCII whitespace.
    @inline(__always)
    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end && ASCII.isWhitespace(bytes[start]) { start += 1 }
        while end > start && ASCII.isWhitespace(bytes[end - 1]) { end -= 1 }
        return start..<end
    }

    /// Whether `bytes[start...]` begins with `pattern`, folding case.
    @inline(__always)
    static func matches(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, end: Int, _ pattern: [UInt8]) -> Bool {
        guard start >= 0, end - start >= pattern.count else { return false }
        for offset in 0..<pattern.count where ASCII.lowercased(bytes[start + offset]) != pattern[offset] {
            return false
        }
        return true
    }

    /// Whether `bytes[range]` equals `pattern`, folding case.
    static func equals(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ pattern: [UInt8]) -> Bool {
        range.count == pattern.count && matches(bytes, at: range.lowerBound, end: range.upperBound, pattern)
    }

    /// Whether `bytes[first]` and `bytes[second]` are equal, folding case in both.
    static func equals(_ bytes: UnsafeBufferPointer<UInt8>, _ first: Range<Int>, _ second: Range<Int>) -> Bool {
        guard first.count == second.count else { return false }
        for offset in 0..<first.count
        where ASCII.lowercased(bytes[first.lowerBound + offset]) != ASCII.lowercased(bytes[second.lowerBound + offset]) {
            return false
        }
        return true
    }

    /// Whether `bytes[range]` contains `pattern`, folding case.
    static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ pattern: [UInt8]) -> Bool {
        guard !pattern.isEmpty, range.count >= pattern.count else { return pattern.isEmpty }
        let first = pattern[0]
        for start in range.lowerBound...(range.upperBound - pattern.count)
        where ASCII.lowercased(bytes[start]) == first && matches(bytes, at: start, end: range.upperBound, pattern) {
            return true
        }
        return false
    }

    /// The number of Unicode scalars in `bytes[range]`.
    @inline(__always)
    static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var count = 0
        for index in range where ASCII.isScalarStart(bytes[index]) { count += 1 }
        return count
    }
}
