import TextPipeCore

/// What the features need to know about one word as written, computed once
/// per word type of a document (see ``DocumentFeatures``).
struct TokenAttributes {
    /// The folded hash of the token without a possessive `'s`.
    var word: UInt64
    /// The hash of the token as written.
    var exactWord: UInt64
    /// The token's shape with runs cut at four: "Xxxx", "dd-dd", "X.X.".
    var shape: UInt64
    /// The shape with every run cut to one: "Xx", "d-d".
    var shortShape: UInt64
    var prefix3: UInt64
    /// Folded suffixes of 2, 3 and 4 bytes; 0 when the word is not longer than that.
    var suffix2: UInt64
    var suffix3: UInt64
    var suffix4: UInt64
    var classes: WordClasses
    var isCapitalized: Bool
    var isLowercaseWord: Bool
    /// Whether an ASCII capital is anywhere in the token.
    var hasCapital: Bool
    var hasPossessive: Bool

    /// The attributes of `text`'s token `index`.
    init(_ text: TokenText, _ index: Int) {
        let bytes = text.bytes
        let range = text.wordRange(index)
        let span = text.tokens[index].span
        word = FoldedHash.of(bytes, range)
        var exact = ByteHash()
        for position in span.start..<span.end { exact.combine(bytes[position]) }
        exactWord = exact.value
        (shape, shortShape) = Self.shapes(bytes, range)
        let length = range.count
        prefix3 = FoldedHash.of(bytes, range.lowerBound..<range.lowerBound + min(3, length))
        suffix2 = length > 2 ? FoldedHash.of(bytes, range.upperBound - 2..<range.upperBound) : 0
        suffix3 = length > 3 ? FoldedHash.of(bytes, range.upperBound - 3..<range.upperBound) : 0
        suffix4 = length > 4 ? FoldedHash.of(bytes, range.upperBound - 4..<range.upperBound) : 0
        classes = Gazetteer.classes(word)
        isCapitalized = text.kind(index) == .word && text.isCapitalized(index)
        isLowercaseWord = text.kind(index) == .word && ASCII.isLower(bytes[span.start])
        hasCapital = (span.start..<span.end).contains { ASCII.isUpper(bytes[$0]) }
        hasPossessive = range.upperBound != span.end
    }

    /// What tells tokens apart for their attributes: the hash of the bytes
    /// as written, with the token's kind.
    @inline(__always)
    static func typeKey(_ text: TokenText, _ index: Int) -> UInt64 {
        var hash = ByteHash()
        let span = text.tokens[index].span
        for position in span.start..<span.end { hash.combine(text.bytes[position]) }
        hash.combine(text.kind(index).rawValue)
        return hash.value
    }

    /// The full and short shape hashes of `bytes[range]`.
    private static func shapes(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (UInt64, UInt64) {
        var full = ByteHash()
        var short = ByteHash()
        var previous: UInt8 = 0
        var run = 0
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            let symbol: UInt8
            if byte < 0x80 {
                symbol = ASCII.isUpper(byte) ? UInt8(ascii: "X")
                    : ASCII.isLower(byte) ? UInt8(ascii: "x") : ASCII.isDigit(byte) ? UInt8(ascii: "d") : byte
                index += 1
            } else {
                let (scalar, length) = UTF8Decoding.scalar(in: bytes, at: index)
                let properties = scalar.properties
                symbol = properties.isUppercase ? UInt8(ascii: "X")
                    : properties.isAlphabetic ? UInt8(ascii: "x")
                    : properties.numericType != nil ? UInt8(ascii: "d") : UInt8(ascii: "o")
                index += length
            }
            if symbol == previous {
                run += 1
            } else {
                run = 1
                short.combine(symbol)
            }
            if run <= 4 { full.combine(symbol) }
            previous = symbol
        }
        return (full.value, short.value)
    }
}
