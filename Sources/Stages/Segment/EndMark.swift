import TextPipeCore

/// The punctuation that can close a sentence, and the quotes and brackets
/// around it, recognised on tokens.
enum EndMark: Equatable {
    /// A single full stop: the ambiguous one (abbreviations, initials, list numbers).
    case period
    /// A word that ends in its own dot, such as `U.S.` or `e.g.`.
    case dottedWord
    /// `..`, `...` or `…`: a trailing-off that ends a sentence only before a new one.
    case ellipsis
    /// `!`, `?` and runs of them: rarely anything but a sentence end.
    case exclamation
    /// `。`, `！`, `？`: full-width marks of scripts written without spaces.
    case fullWidth
    /// A smiley such as `:)` or `;-)` standing where the punctuation would be.
    case emoticon

    /// The end mark that token `index` is, if any.
    static func at(_ index: Int, in text: TokenText) -> EndMark? {
        switch text.tokens[index].kind {
        case .word:
            return text.bytes[text.tokens[index].span.end - 1] == UInt8(ascii: ".") ? .dottedWord : nil
        case .punctuation:
            return punctuationMark(index, in: text)
        case .number, .symbol:
            return nil
        }
    }

    private static func punctuationMark(_ index: Int, in text: TokenText) -> EndMark? {
        let first = text.firstByte(index)
        if first == UInt8(ascii: ":") || first == UInt8(ascii: ";") || first == UInt8(ascii: "=") {
            return emoticonEnd(at: index, in: text) != nil ? .emoticon : nil
        }
        var stops = 0
        var exclamations = 0
        var ellipses = 0
        var fullWidth = 0
        let isEndPunctuation = text.allScalars(of: index) { scalar in
            switch scalar {
            case ".": stops += 1
            case "!", "?", "\u{203C}", "\u{2047}", "\u{2048}", "\u{2049}": exclamations += 1
            case "\u{2026}": ellipses += 1
            case "\u{3002}", "\u{FF01}", "\u{FF1F}": fullWidth += 1
            default: return false
            }
            return true
        }
        guard isEndPunctuation else { return nil }
        // `Mobile:? 555` — a `?` glued to a colon stands for a character lost in conversion.
        if exclamations > 0 && text.touchesPrevious(index) && text.isCharacter(index - 1, UInt8(ascii: ":")) {
            return nil
        }
        if fullWidth > 0 { return .fullWidth }
        if exclamations > 0 { return .exclamation }
        return stops == 1 && ellipses == 0 ? .period : .ellipsis
    }

    /// Whether token `index` is made only of closing quotes and brackets.
    static func isCloser(_ index: Int, in text: TokenText) -> Bool {
        text.tokens[index].kind == .punctuation && text.allScalars(of: index) { scalar in
            switch scalar {
            case "\"", "'", ")", "]", "}", "\u{201D}", "\u{2019}", "\u{00BB}", "\u{203A}": true
            default: false
            }
        }
    }

    /// Whether token `index` is made only of opening quotes and brackets.
    static func isOpener(_ index: Int, in text: TokenText) -> Bool {
        text.tokens[index].kind == .punctuation && text.allScalars(of: index) { scalar in
            switch scalar {
            case "\"", "'", "(", "[", "{", "\u{201C}", "\u{2018}", "\u{00AB}", "\u{2039}": true
            default: false
            }
        }
    }

    /// The first token at or after `index` that is no opening quote or
    /// bracket glued to the next: the word a quoted or bracketed text opens with.
    static func firstWord(at index: Int, in text: TokenText) -> Int {
        var word = index
        while word + 1 < text.count, isOpener(word, in: text), text.touchesPrevious(word + 1) { word += 1 }
        return word
    }

    /// The last token of the emoticon starting at token `index` (`:)`, `;-)`,
    /// `:D`, `=P`, `:'(`), when one starts there and is followed by whitespace or the end.
    static func emoticonEnd(at index: Int, in text: TokenText) -> Int? {
        let bytes = text.bytes
        let start = text.tokens[index].span.start
        var position = start
        switch bytes[position] {
        case UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: "="): position += 1
        default: return nil
        }
        if position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: "-"), UInt8(ascii: "'"), UInt8(ascii: "^"): position += 1
            default: break
            }
        }
        let mouthStart = position
        while position < bytes.count, isMouth(bytes[position]) { position += 1 }
        guard position > mouthStart, position == bytes.count || ASCII.isWhitespace(bytes[position]) else {
            return nil
        }
        var last = index
        while last + 1 < text.count && text.tokens[last + 1].span.start < position { last += 1 }
        return text.tokens[last].span.end == position ? last : nil
    }

    private static func isMouth(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: ")"), UInt8(ascii: "("), UInt8(ascii: "]"), UInt8(ascii: "["), UInt8(ascii: "D"),
            UInt8(ascii: "P"), UInt8(ascii: "p"), UInt8(ascii: "O"), UInt8(ascii: "o"), UInt8(ascii: "/"),
            UInt8(ascii: "|"), UInt8(ascii: "3"), UInt8(ascii: "*"):
            true
        default:
            false
        }
    }
}
