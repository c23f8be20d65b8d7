import TextPipeCore

/// Finds e-mail addresses: a local part, `@`, and a domain of dot-separated
/// labels ending in a top-level domain of two or more letters.
enum EmailScanner {
    /// The spans of the addresses in `bytes`.
    static func spans(in bytes: UnsafeBufferPointer<UInt8>) -> [Span] {
        var spans: [Span] = []
        var searchFrom = 0
        var index = 0
        while index < bytes.count {
            defer { index += 1 }
            guard bytes[index] == UInt8(ascii: "@") else { continue }
            var start = index
            while start > searchFrom && isLocalPart(bytes[start - 1]) { start -= 1 }
            while start < index && bytes[start] == UInt8(ascii: ".") { start += 1 }
            guard start < index, let end = domainEnd(bytes, after: index) else { continue }
            spans.append(Span(start: start, end: end))
            searchFrom = end
            index = end - 1
        }
        return spans
    }

    private static func isLocalPart(_ byte: UInt8) -> Bool {
        ASCII.isAlphanumeric(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_")
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "%")
    }

    /// The end of a valid domain after the `@` at `at`, or nil.
    private static func domainEnd(_ bytes: UnsafeBufferPointer<UInt8>, after at: Int) -> Int? {
        var end = at + 1
        while end < bytes.count
            && (ASCII.isAlphanumeric(bytes[end]) || bytes[end] == UInt8(ascii: "-") || bytes[end] == UInt8(ascii: "."))
        {
            end += 1
        }
        // A sentence may end right after the address.
        while end > at + 1 && (bytes[end - 1] == UInt8(ascii: ".") || bytes[end - 1] == UInt8(ascii: "-")) { end -= 1 }
        var labelStart = at + 1
        var labels = 0
        for position in (at + 1)...end where position == end || bytes[position] == UInt8(ascii: ".") {
            guard position > labelStart else { return nil }
            labels += 1
            if position == end {
                let topLevel = UnsafeBufferPointer(rebasing: bytes[labelStart..<end])
                guard labels >= 2, topLevel.count >= 2, topLevel.allSatisfy(ASCII.isLetter) else { return nil }
            }
            labelStart = position + 1
        }
        return end
    }
}
