import TextPipeCore

/// Headings: a line of its own, without end punctuation, that starts with a
/// capital or a number and is followed by a blank line or a capitalised
/// line, such as a headline above an article or a section title.
///
/// They are sentences for counting and offsets, but no running text: a
/// summary should not pick them. A line that goes on in lower case on the
/// next line is no heading; neither is the text's last line, which nothing
/// follows.
enum HeadingLine {
    /// Headings have at most this many words; a longer line without end
    /// punctuation is a sentence whose full stop was left off.
    static let maxWords = 20

    /// Whether the sentence made of the tokens `sentence` is a heading.
    static func isHeading(_ sentence: Range<Int>, of text: TokenText) -> Bool {
        let last = sentence.upperBound - 1
        let next = sentence.upperBound
        guard next < text.count, text.lineBreaks(before: next) > 0, endsUnpunctuated(at: last, text),
            opensWithCapital(at: sentence.lowerBound, text),
            text.lineBreaks(before: next) == 2 || opensWithCapital(at: next, text),
            isLineStart(sentence.lowerBound, through: last, text)
        else { return false }
        return wordCount(sentence.lowerBound...last, text) <= maxWords
    }

    /// Whether the line ending at token `last` could be a heading: it ends
    /// without end punctuation and has few words.
    static func mayBeHeading(lineEndingAt last: Int, _ text: TokenText) -> Bool {
        guard endsUnpunctuated(at: last, text) else { return false }
        var first = last
        while first > 0 && text.lineBreaks(before: first) == 0 { first -= 1 }
        return wordCount(first...last, text) <= maxWords
    }

    /// Whether the tokens from `first` to `last` make up a whole line, or its start.
    static func isLineStart(_ first: Int, through last: Int, _ text: TokenText) -> Bool {
        guard startsLine(at: first, text) else { return false }
        for index in (first + 1)..<(last + 1) where text.lineBreaks(before: index) > 0 { return false }
        return true
    }

    /// Whether token `last` ends the line in a word, a number or a symbol,
    /// or in quotes and brackets closing one: no full stop, comma or colon.
    static func endsUnpunctuated(at last: Int, _ text: TokenText) -> Bool {
        var index = last
        while index > 0 && EndMark.isCloser(index, in: text) && text.touchesPrevious(index) { index -= 1 }
        switch text.tokens[index].kind {
        case .word: return EndMark.at(index, in: text) == nil
        // `up 24%`, `a $5m`: signs and currency symbols are no punctuation.
        case .number, .symbol: return true
        case .punctuation: return false
        }
    }

    /// The number of words and numbers among `tokens`.
    private static func wordCount(_ tokens: ClosedRange<Int>, _ text: TokenText) -> Int {
        tokens.count { text.tokens[$0].kind == .word || text.tokens[$0].kind == .number }
    }

    /// Whether token `index` is the first of its line.
    private static func startsLine(at index: Int, _ text: TokenText) -> Bool {
        index == 0 || text.lineBreaks(before: index) > 0
    }

    /// Whether a capitalised word or a number opens at token `index`, past opening quotes and brackets.
    static func opensWithCapital(at index: Int, _ text: TokenText) -> Bool {
        let word = EndMark.firstWord(at: index, in: text)
        return text.tokens[word].kind == .number || text.letterCase(word) == .upper
    }
}
