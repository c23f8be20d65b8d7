import TextPipeCore

/// How specific a word is, told by its length: in every language frequent
/// words are short (Zipf's law of abbreviation), so the characters of a
/// word stand in for a background frequency table. A hyphenated compound is
/// as specific as its longest part, since `year-old` or `well-known` are
/// made of common words however long they look.
enum WordSpecificity {
    /// The characters (Unicode scalars) in the longest hyphen-separated part of `bytes[span]`.
    static func of(_ bytes: UnsafeBufferPointer<UInt8>, _ span: Span) -> Int {
        var longest = 0
        var current = 0
        for index in span.start..<span.end {
            let byte = bytes[index]
            if byte == UInt8(ascii: "-") {
                current = 0
            } else if ASCII.isScalarStart(byte) {
                current += 1
                longest = max(longest, current)
            }
        }
        return longest
    }
}
