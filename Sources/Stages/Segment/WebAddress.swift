import TextPipeCore

/// Web and e-mail addresses written out in text (`http://x.org/a`,
/// `www.example.com`, `<jo@example.com>`): their dots are no sentence ends,
/// and in informal writing they often close a sentence without one.
enum WebAddress {
    /// Whether the whitespace-delimited tokens `chunk` form an address.
    static func isAddress(_ chunk: ClosedRange<Int>, in text: TokenText) -> Bool {
        guard chunk.count > 1 else { return false }
        let bytes = text.bytes
        let range = text.byteRange(chunk)
        var position = range.lowerBound
        while position < range.upperBound && isWrapper(bytes[position]) { position += 1 }
        if hasPrefix("www.", at: position, before: range.upperBound, bytes) { return true }
        let nameStart = position
        var sawAt = false
        while position < range.upperBound {
            switch bytes[position] {
            case UInt8(ascii: "@") where position > nameStart: sawAt = true
            case UInt8(ascii: ".") where sawAt: return true
            case UInt8(ascii: ":") where hasPrefix("://", at: position, before: range.upperBound, bytes): return true
            default: break
            }
            position += 1
        }
        return false
    }

    /// Whether an address starts at token `index`.
    static func starts(at index: Int, in text: TokenText) -> Bool {
        isAddress(text.chunk(startingAt: index), in: text)
    }

    /// Quotes and angle brackets that enclose addresses in mail headers.
    private static func isWrapper(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "<") || byte == UInt8(ascii: "(") || byte == UInt8(ascii: "\"")
            || byte == UInt8(ascii: "'")
    }

    private static func hasPrefix(_ prefix: StaticString, at position: Int, before end: Int,
        _ bytes: UnsafeBufferPointer<UInt8>) -> Bool
    {
        let count = prefix.utf8CodeUnitCount
        guard end - position >= count else { return false }
        for offset in 0..<count where bytes[position + offset] | 0x20 != prefix.utf8Start[offset] | 0x20 {
            return false
        }
        return true
    }
}
