import TextPipeCore

/// Sentence ends that no punctuation marks, read from the layout of mail,
/// postings and lists run together on one line: around header stamps,
/// rules and inline list items, after addresses, greetings and closings.
enum LayoutBreak {
    /// Whether a sentence that started at token `sentenceStart` ends after
    /// token `last`, which whitespace separates from the next token.
    static func after(_ last: Int, sentenceStart: Int, _ text: TokenText) -> Bool {
        let next = last + 1
        if isPlainRunningText(last, text) { return false }
        return startsUnit(at: next, sentenceStart: sentenceStart, text)
            || endsUnit(at: last, sentenceStart: sentenceStart, text)
    }

    /// Whether tokens `last` and `last + 1` are words of running text that
    /// no rule here splits: a word standing alone, then a lower-case word
    /// longer than a list letter. Most of any text, so checked first.
    @inline(__always)
    private static func isPlainRunningText(_ last: Int, _ text: TokenText) -> Bool {
        let next = last + 1
        return text.tokens[last].kind == .word && text.tokens[next].kind == .word && !text.touchesPrevious(last)
            && ASCII.isLower(text.firstByte(next)) && text.length(next) > 1
            && (last == 0 || text.tokens[last - 1].kind != .number)
    }

    /// Whether what starts at token `next` stands apart from the sentence before it.
    private static func startsUnit(at next: Int, sentenceStart: Int, _ text: TokenText) -> Bool {
        let last = next - 1
        switch text.tokens[next].kind {
        case .number:
            // A stamp after a name, not after a preposition: `Ada Brook 11/02/2003 09:15 AM`.
            if Timestamp.end(from: next, in: text) != nil && text.letterCase(last) != .lower { return true }
        case .word:
            if Salutation.startsSignOff(at: next, text) { return true }
        case .punctuation, .symbol:
            if last > sentenceStart && SeparatorLine.isRule(text.chunk(startingAt: next), in: text) { return true }
        }
        return ListMarker.startsInline(at: next, sentenceStart: sentenceStart, in: text)
    }

    /// Whether what ends at token `last` closes the sentence.
    private static func endsUnit(at last: Int, sentenceStart: Int, _ text: TokenText) -> Bool {
        let next = last + 1
        if Timestamp.ends(at: last, in: text) { return true }
        if text.tokens[last].kind == .punctuation {
            if text.isCharacter(last, UInt8(ascii: ",")) {
                return Salutation.commaCloses(at: last, sentenceStart: sentenceStart, text)
            }
            if last == sentenceStart && SeparatorLine.isSignatureDash(last, in: text) {
                return text.letterCase(next) == .upper
            }
            if Salutation.dashCloses(at: last, sentenceStart: sentenceStart, text) { return true }
        }
        // A rule of one token is a run of hyphens; addresses are several tokens.
        guard text.touchesPrevious(last) else {
            return text.length(last) >= 5 && SeparatorLine.isRule(last...last, in: text)
        }
        let chunk = text.chunk(endingAt: last)
        if SeparatorLine.isRule(chunk, in: text) { return true }
        // An address ends its sentence before a capital or another address.
        return WebAddress.isAddress(chunk, in: text)
            && (text.letterCase(next) == .upper || WebAddress.starts(at: next, in: text))
    }
}
