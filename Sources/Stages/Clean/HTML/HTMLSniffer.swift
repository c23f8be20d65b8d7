import TextPipeCore

/// Tells HTML from plain text that happens to contain a `<`.
enum HTMLSniffer {
    /// Whether `bytes` look like HTML: they start (after whitespace and a byte
    /// order mark) with `<!doctype html` or `<html`, or known tags are dense
    /// in their first ``sampleLength`` bytes.
    static func looksLikeHTML(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = 0
        if ByteMatching.matches(bytes, at: 0, end: bytes.count, byteOrderMark) { start = byteOrderMark.count }
        while start < bytes.count && ASCII.isWhitespace(bytes[start]) { start += 1 }
        if ByteMatching.matches(bytes, at: start, end: bytes.count, doctype)
            || ByteMatching.matches(bytes, at: start, end: bytes.count, htmlTag)
        {
            return true
        }
        let end = min(bytes.count, start + sampleLength)
        let tags = knownTagCount(bytes, start..<end)
        return tags >= minimumTags && tags * bytesPerTag >= end - start
    }

    /// How much of a document the density test reads.
    static let sampleLength = 16_384
    /// Fewer known tags than this are an accident of plain text (a `<br>` in Markdown).
    static let minimumTags = 3
    /// HTML has at least one known tag per this many bytes.
    static let bytesPerTag = 400

    /// The number of tags (`<p>`, `</div>`, `<br/>`, ...) naming known elements in `bytes[range]`.
    private static func knownTagCount(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var count = 0
        var index = range.lowerBound
        while index < range.upperBound {
            defer { index += 1 }
            guard bytes[index] == Byte.lessThan else { continue }
            var nameStart = index + 1
            if nameStart < range.upperBound && bytes[nameStart] == Byte.slash { nameStart += 1 }
            var nameEnd = nameStart
            while nameEnd < range.upperBound && ASCII.isAlphanumeric(bytes[nameEnd]) { nameEnd += 1 }
            guard nameEnd < range.upperBound, nameEnd > nameStart else { continue }
            let next = bytes[nameEnd]
            guard next == Byte.greaterThan || next == Byte.slash || ASCII.isWhitespace(next) else { continue }
            if HTMLElementRole.isKnown(HTMLTagName(bytes, nameStart..<nameEnd)) { count += 1 }
        }
        return count
    }

    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
    private static let doctype = Array("<!doctype html".utf8)
    private static let htmlTag = Array("<html".utf8)
}
