import TextPipeCore

/// Bullets and item numbers that open a list item at the start of a line:
/// `- `, `* `, `• `, `1. `, `2) `, `a) `.
enum ListMarker {
    /// Whether token `index` opens a list item (the caller checks that it starts a line).
    static func starts(at index: Int, in text: TokenText) -> Bool {
        guard let last = lastToken(at: index, in: text) else { return false }
        return last + 1 < text.count && !text.touchesPrevious(last + 1)
    }

    /// The marker's last token, when token `index` looks like a bullet or an item number.
    private static func lastToken(at index: Int, in text: TokenText) -> Int? {
        if isBullet(index, in: text) { return index }
        guard isItemLabel(index, in: text), index + 1 < text.count, text.touchesPrevious(index + 1),
            text.isCharacter(index + 1, UInt8(ascii: ".")) || text.isCharacter(index + 1, UInt8(ascii: ")"))
        else { return nil }
        return index + 1
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

    private static func isBullet(_ index: Int, in text: TokenText) -> Bool {
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
}
