/// Splits UTF-8 text into word, number, punctuation and symbol tokens.
///
/// Works on bytes: ASCII is classified by table-free comparisons and only
/// non-ASCII scalars are decoded. Keeps together what later stages want as
/// one unit: inner apostrophes (`don't`, `O'Brien`), inner hyphens
/// (`well-known`), dotted initialisms (`U.S.`, `e.g.`), numbers with inner
/// separators (`1,000.50`, `10:30`, `2024-03-01`) and unit suffixes (`5th`, `10km`),
/// and runs of the same punctuation mark (`...`, `--`, `?!`).
public enum WordTokenizer {
    /// The tokens of `bytes[range]`, with offsets into `bytes`.
    public static func tokens(in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>? = nil) -> [Token] {
        var tokens: [Token] = []
        tokenize(bytes, range: range ?? 0..<bytes.count) { tokens.append($0) }
        return tokens
    }

    /// The tokens of `text`, with UTF-8 offsets.
    public static func tokens(in text: String) -> [Token] {
        var text = text
        return text.withUTF8 { tokens(in: $0) }
    }

    /// Calls `emit` with each token of `bytes[range]` in order.
    public static func tokenize(
        _ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, emit: (Token) -> Void
    ) {
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            let byte = bytes[index]
            if ASCII.isWhitespace(byte) {
                index += 1
                continue
            }
            let start = index
            let kind: Token.Kind
            switch characterClass(bytes, index, end) {
            case .letter(let length):
                index = wordEnd(bytes, start + length, end, start: start)
                kind = .word
            case .digit(let length):
                index = numberEnd(bytes, start + length, end)
                kind = .number
            case .punctuation(let length):
                index = start + length
                if length == 1 && byte < 0x80 {
                    while index < end && bytes[index] == byte { index += 1 }
                    if byte == UInt8(ascii: "?") || byte == UInt8(ascii: "!") {
                        while index < end && (bytes[index] == 0x3F || bytes[index] == 0x21) { index += 1 }
                    }
                }
                kind = .punctuation
            case .space(let length):
                index += length
                continue
            case .other(let length):
                index = start + length
                kind = .symbol
            }
            emit(Token(span: Span(start: start, end: index), kind: kind))
        }
    }

    /// What the scalar at an index is, for tokenizing, with its length in bytes.
    enum CharacterClass {
        case letter(Int)
        /// A decimal digit: ASCII or another script's (`٣`, `߂`), so not always one byte.
        case digit(Int)
        case punctuation(Int)
        case space(Int)
        case other(Int)
    }

    @inline(__always)
    static func characterClass(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> CharacterClass {
        let byte = bytes[index]
        if byte < 0x80 {
            if ASCII.isLetter(byte) { return .letter(1) }
            if ASCII.isDigit(byte) { return .digit(1) }
            if ASCII.isWhitespace(byte) { return .space(1) }
            return isASCIIPunctuation(byte) ? .punctuation(1) : .other(1)
        }
        let (scalar, length) = UTF8Decoding.scalar(in: bytes, at: index)
        let properties = scalar.properties
        if properties.isAlphabetic || properties.generalCategory == .nonspacingMark { return .letter(length) }
        if properties.isWhitespace { return .space(length) }
        if properties.numericType == .decimal { return .digit(length) }
        switch properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
            .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return .punctuation(length)
        default:
            return .other(length)
        }
    }

    @inline(__always)
    private static func isASCIIPunctuation(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "!")...UInt8(ascii: "/"), UInt8(ascii: ":")...UInt8(ascii: "@"),
            UInt8(ascii: "[")...UInt8(ascii: "`"), UInt8(ascii: "{")...UInt8(ascii: "~"):
            // Symbols that are not punctuation in the usual sense.
            return !(byte == UInt8(ascii: "$") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "<")
                || byte == UInt8(ascii: "=") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "^")
                || byte == UInt8(ascii: "`") || byte == UInt8(ascii: "|") || byte == UInt8(ascii: "~")
                || byte == UInt8(ascii: "#") || byte == UInt8(ascii: "%") || byte == UInt8(ascii: "&")
                || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "@") || byte == UInt8(ascii: "\\")
                || byte == UInt8(ascii: "_"))
        default:
            return false
        }
    }

    @inline(__always)
    private static func isWordCharacter(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> Int? {
        switch characterClass(bytes, index, end) {
        case .letter(let length), .digit(let length): length
        default: nil
        }
    }

    /// The byte after `’` (U+2019) when it starts at `index`, else nil.
    @inline(__always)
    private static func afterApostrophe(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> Int? {
        if bytes[index] == UInt8(ascii: "'") { return index + 1 }
        if bytes[index] == 0xE2 && index + 2 < end && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x99 {
            return index + 3
        }
        return nil
    }

    private static func wordEnd(
        _ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ end: Int, start: Int
    ) -> Int {
        var index = from
        while index < end {
            if let length = isWordCharacter(bytes, index, end) {
                index += length
                continue
            }
            let byte = bytes[index]
            if let next = afterApostrophe(bytes, index, end), next < end, ASCII.isLetter(bytes[next]) {
                index = next
                continue
            }
            if byte == UInt8(ascii: "-"), index + 1 < end, isWordCharacter(bytes, index + 1, end) != nil {
                index += 1
                continue
            }
            if byte == UInt8(ascii: "."), isInitialism(bytes, start, index, end) {
                // "U.S." / "e.g.": single letters joined by dots, the final dot included.
                index += 1
                continue
            }
            break
        }
        return index
    }

    /// Whether the dot at `dot` continues a dotted initialism such as `U.S.`:
    /// the run since `start` is single letters separated by dots and the dot
    /// follows a single letter.
    private static func isInitialism(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ dot: Int, _ end: Int) -> Bool {
        guard dot - start >= 1, ASCII.isLetter(bytes[dot - 1]), dot - 1 == start || bytes[dot - 2] == 0x2E else {
            return false
        }
        let followedByLetter = dot + 1 < end && ASCII.isLetter(bytes[dot + 1])
            && (dot + 2 >= end || bytes[dot + 2] == 0x2E)
        let closesDottedRun = dot - start >= 3
        return followedByLetter || closesDottedRun
    }

    private static func numberEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ end: Int) -> Int {
        var index = from
        while index < end {
            let byte = bytes[index]
            if ASCII.isDigit(byte) {
                index += 1
            } else if (byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",") || byte == UInt8(ascii: ":")
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "/")),
                index + 1 < end, ASCII.isDigit(bytes[index + 1])
            {
                index += 2
            } else if ASCII.isLetter(byte) {
                // Ordinals and units written solid: 5th, 10km, 3pm.
                index += 1
                while index < end && ASCII.isLetter(bytes[index]) { index += 1 }
                break
            } else {
                break
            }
        }
        return index
    }
}
