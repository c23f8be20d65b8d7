import TextPipeCore

/// How a sentence is capitalised, which changes what a capital means.
enum SentenceCasing: UInt64 {
    case normal = 1, lowercase, shouting, heading

    /// Headings and shouting make capitals common; a sentence of at least
    /// three words with no capitals but "I" makes them rare (and names may be
    /// lower case too). A heading capitalises every word but the short
    /// function words (``HeadlineWords``), and at least three.
    static func of(_ sentence: Range<Int>, in text: TokenText) -> SentenceCasing {
        var words = 0
        var capitalised = 0
        var pronouns = 0
        var shouted = 0
        for index in sentence where text.kind(index) == .word {
            words += 1
            guard text.isCapitalized(index) else { continue }
            if text.isWord(index, "I", foldingCase: false) { pronouns += 1 } else { capitalised += 1 }
            if text.isAllCaps(index) { shouted += 1 }
        }
        guard words >= 3 else { return .normal }
        if shouted * 2 > words { return .shouting }
        if capitalised >= 3 && pronouns == 0 && lowercaseWordsAreMinor(in: sentence, of: text) { return .heading }
        return capitalised == 0 ? .lowercase : .normal
    }

    /// Whether every word of `sentence` not capitalised is a short function word in lower case.
    private static func lowercaseWordsAreMinor(in sentence: Range<Int>, of text: TokenText) -> Bool {
        for index in sentence where text.kind(index) == .word && !text.isCapitalized(index) {
            if !HeadlineWords.isLowercaseMinor(index, in: text) { return false }
        }
        return true
    }
}
