import TextPipeCore

/// A document's UTF-8 bytes and tokens seen together, so the scanners can ask
/// about words (case, list membership, spacing) without building strings.
///
/// Only valid inside the `withUTF8` call that lent the bytes.
struct TokenText {
    /// The whole text.
    let bytes: UnsafeBufferPointer<UInt8>
    /// All tokens of the text in order.
    let tokens: [Token]
    /// The word lists of each token, where they were found already (see ``wordClasses(_:)``).
    private(set) var knownClasses: [WordClasses]?

    init(bytes: UnsafeBufferPointer<UInt8>, tokens: [Token]) {
        self.bytes = bytes
        self.tokens = tokens
    }

    /// The same text, with the word lists of each token given (as ``wordClasses(_:)`` finds them).
    func withWordClasses(_ classes: [WordClasses]) -> TokenText {
        precondition(classes.count == count, "one entry per token")
        var text = self
        text.knownClasses = classes
        return text
    }

    var count: Int { tokens.count }

    @inline(__always) func kind(_ index: Int) -> Token.Kind { tokens[index].kind }

    @inline(__always) func start(_ index: Int) -> Int { tokens[index].span.start }

    @inline(__always) func end(_ index: Int) -> Int { tokens[index].span.end }

    @inline(__always) func length(_ index: Int) -> Int { tokens[index].span.length }

    @inline(__always) func firstByte(_ index: Int) -> UInt8 { bytes[tokens[index].span.start] }

    /// The token's bytes without a possessive `'s` / `’s`, which names and
    /// dates never include ("Smith's" is the name "Smith").
    func wordRange(_ index: Int) -> Range<Int> {
        let span = tokens[index].span
        guard tokens[index].kind == .word, span.length > 2,
            ASCII.lowercased(bytes[span.end - 1]) == UInt8(ascii: "s")
        else { return span.start..<span.end }
        if bytes[span.end - 2] == UInt8(ascii: "'") { return span.start..<span.end - 2 }
        if span.length > 4, bytes[span.end - 4] == 0xE2, bytes[span.end - 3] == 0x80, bytes[span.end - 2] == 0x99 {
            return span.start..<span.end - 4
        }
        return span.start..<span.end
    }

    /// The bytes of `tokens`, without a final possessive.
    func span(of tokens: Range<Int>) -> Span {
        Span(start: start(tokens.lowerBound), end: wordRange(tokens.upperBound - 1).upperBound)
    }

    /// Whether the token (without a possessive) is in `set`, folding ASCII case.
    @inline(__always) func isWord(_ index: Int, in set: WordSet) -> Bool {
        set.contains(bytes, wordRange(index), foldingCase: true)
    }

    /// Whether the token is exactly `word` (ASCII, compared case-insensitively
    /// when `foldingCase`).
    func isWord(_ index: Int, _ word: StaticString, foldingCase: Bool = true) -> Bool {
        let span = tokens[index].span
        guard span.length == word.utf8CodeUnitCount else { return false }
        let literal = word.utf8Start
        for offset in 0..<span.length {
            let byte = bytes[span.start + offset]
            if (foldingCase ? ASCII.lowercased(byte) : byte) != literal[offset] { return false }
        }
        return true
    }

    /// Whether a line break separates token `index` from the token before it.
    func hasLineBreak(before index: Int) -> Bool {
        guard index > 0 else { return false }
        for position in end(index - 1)..<start(index) where bytes[position] == UInt8(ascii: "\n") { return true }
        return false
    }

    /// Whether nothing (no space) separates token `index` from the next one.
    @inline(__always) func isGluedToNext(_ index: Int) -> Bool {
        index + 1 < tokens.count && tokens[index].span.end == tokens[index + 1].span.start
    }

    /// Whether the token starts with a capital letter (any script).
    func isCapitalized(_ index: Int) -> Bool {
        let byte = firstByte(index)
        if byte < 0x80 { return ASCII.isUpper(byte) }
        return UTF8Decoding.scalar(in: bytes, at: start(index)).0.properties.isUppercase
    }

    /// Whether every byte is an ASCII capital, with at least two of them ("NATO", not "I").
    func isAllCaps(_ index: Int) -> Bool {
        let span = tokens[index].span
        guard span.length >= 2 else { return false }
        for position in span.start..<span.end where !ASCII.isUpper(bytes[position]) { return false }
        return true
    }

    /// Whether the token has a lower-case letter anywhere (ASCII only).
    func hasLowercase(_ index: Int) -> Bool {
        let span = tokens[index].span
        for position in span.start..<span.end where ASCII.isLower(bytes[position]) { return true }
        return false
    }

    /// Whether the token is a single ASCII punctuation or symbol byte `byte`.
    @inline(__always) func isMark(_ index: Int, _ byte: UInt8) -> Bool {
        tokens[index].span.length == 1 && bytes[tokens[index].span.start] == byte
    }
}
