import TextPipeCore

/// Bullets and item numbers that open a list item: at the start of a line
/// (`- `, `* `, `• `, `1. `, `2) `, `a) `), or run on in one line
/// (`1) Eggs 2) Milk`, `a. Red b. Blue`, `• Tea • Coffee`).
enum ListMarker {
    /// Whether token `index` opens a list item (the caller checks that it starts a line).
    static func starts(at index: Int, in text: TokenText) -> Bool {
        guard let last = lastToken(at: index, in: text) else { return false }
        return last + 1 < text.count && !text.touchesPrevious(last + 1)
    }

    /// Whether token `index`, inside the sentence that starts at
    /// `sentenceStart`, opens a new item of a list run on in one line: a
    /// round bullet, the label after the one the sentence starts with, or a
    /// first `1)`.
    static func startsInline(at index: Int, sentenceStart: Int, in text: TokenText) -> Bool {
        guard index > sentenceStart else { return false }
        // Round bullets are all three-byte characters from U+2000 on.
        if text.firstByte(index) == 0xE2 { return isRoundBullet(index, in: text) }
        guard text.tokens[index].kind == .number || text.length(index) == 1 else { return false }
        guard let label = label(at: index, in: text) else { return false }
        let first = isBullet(sentenceStart, in: text) ? sentenceStart + 1 : sentenceStart
        // An item has words of its own; `J. K.` and `A. B.` are initials.
        if first + 2 < index, let previous = self.label(at: first, in: text) {
            return previous.follows(by: label)
        }
        guard label.closer == UInt8(ascii: ")") && !label.isLetter else { return false }
        // A bracketed number goes on a list begun in an earlier sentence (`1) What ...? 2) Where ...`).
        if label.value == 1 { return !label.isParenthesised }
        for earlier in stride(from: index - 2, through: max(0, index - lookBack), by: -1)
        where text.tokens[earlier].kind == .number && !text.touchesPrevious(earlier) {
            if let previous = self.label(at: earlier, in: text), previous.follows(by: label) { return true }
        }
        return false
    }

    /// Whether token `index` is a one-to-three digit number or a single letter.
    static func isItemLabel(_ index: Int, in text: TokenText) -> Bool {
        switch text.tokens[index].kind {
        case .number:
            return text.length(index) <= 3 && text.allScalars(of: index) { $0.properties.numericType == .decimal }
        case .word:
            return text.length(index) == 1
        case .punctuation, .symbol:
            return false
        }
    }

    /// Whether token `index` is a bullet character.
    static func isBullet(_ index: Int, in text: TokenText) -> Bool {
        text.allScalars(of: index) { scalar in
            switch scalar {
            case "-", "*", "+", "\u{2022}", "\u{00B7}", "\u{2013}", "\u{2014}", "\u{25AA}", "\u{25CF}", "\u{25E6}",
                "\u{2023}", "\u{2043}":
                true
            default:
                false
            }
        } && text.length(index) <= 3
    }

    /// An item label such as `3.`, `b)`, `2.)` or `(c)`.
    private struct Label {
        /// The number, or the letter's place in the alphabet.
        let value: Int
        let isLetter: Bool
        /// The label's last character: `.` or `)`.
        let closer: UInt8
        let isParenthesised: Bool

        /// Whether `next` is the label after this one.
        func follows(by next: Label) -> Bool {
            isLetter == next.isLetter && closer == next.closer && isParenthesised == next.isParenthesised
                && value + 1 == next.value
        }
    }

    /// How many tokens back an earlier item of a run-on list is looked for.
    private static let lookBack = 120

    /// The label that starts at token `index` and is followed by whitespace.
    private static func label(at index: Int, in text: TokenText) -> Label? {
        let isParenthesised = text.isCharacter(index, UInt8(ascii: "("))
        let labelIndex = isParenthesised ? index + 1 : index
        var last = labelIndex + 1
        guard last < text.count, text.touchesPrevious(last), text.length(last) == 1 else { return nil }
        if text.isCharacter(last, UInt8(ascii: ".")) && last + 1 < text.count && text.touchesPrevious(last + 1)
            && text.isCharacter(last + 1, UInt8(ascii: ")"))
        {
            last += 1
        }
        let closer = text.firstByte(last)
        guard closer == UInt8(ascii: ")") || (closer == UInt8(ascii: ".") && !isParenthesised),
            last + 1 < text.count, !text.touchesPrevious(last + 1), isItemLabel(labelIndex, in: text)
        else { return nil }
        let range = text.range(labelIndex)
        let first = text.bytes[range.lowerBound]
        if text.tokens[labelIndex].kind == .word {
            // `A.` is an initial far more often than an item; `A)` and `a.` are items.
            guard ASCII.isLower(first) || (ASCII.isUpper(first) && closer == UInt8(ascii: ")")) else { return nil }
            return Label(value: Int(ASCII.lowercased(first) - UInt8(ascii: "a")) + 1, isLetter: true, closer: closer,
                isParenthesised: isParenthesised)
        }
        let value = range.reduce(0) { $0 * 10 + Int(text.bytes[$1] & 0x0F) }
        return Label(value: value, isLetter: false, closer: closer, isParenthesised: isParenthesised)
    }

    /// Bullets that never stand inside a sentence, unlike hyphens and dashes.
    private static func isRoundBullet(_ index: Int, in text: TokenText) -> Bool {
        text.allScalars(of: index) { scalar in
            switch scalar {
            case "\u{2022}", "\u{25AA}", "\u{25CF}", "\u{25E6}", "\u{2023}", "\u{2043}", "\u{25A0}": true
            default: false
            }
        }
    }

    /// The marker's last token, when token `index` looks like a bullet or an item number.
    private static func lastToken(at index: Int, in text: TokenText) -> Int? {
        if isBullet(index, in: text) { return index }
        guard isItemLabel(index, in: text), index + 1 < text.count, text.touchesPrevious(index + 1),
            text.isCharacter(index + 1, UInt8(ascii: ".")) || text.isCharacter(index + 1, UInt8(ascii: ")"))
        else { return nil }
        return index + 1
    }
}
