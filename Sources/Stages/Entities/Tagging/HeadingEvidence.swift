import TextPipeCore

/// Names in a heading, decided by the rest of the document. A heading
/// capitalises its common words too ("Ministers Discuss Migration"), so its
/// capitals say nothing, and a model that reads them as names runs whole
/// headlines together into one. Where the document also has ordinary
/// sentences, they tell: a heading word that the prose writes in lower case
/// ("migration"), or that is usually lower case in the training text and
/// never capitalised inside the prose's sentences, is a common word.
enum HeadingEvidence {
    /// Fewer sentences of ordinary case than this give too little evidence.
    static let minimumProseSentences = 2

    /// For each token of `text`, whether it is a capitalised word of a heading
    /// that the document shows to be a common word; empty when no sentence is
    /// a heading or the prose is too short to tell. `casings` are the
    /// sentences' casings, `habits` how the training text writes the tokens'
    /// words, `word` gives a token's folded hash.
    static func commonWords(
        in text: TokenText, sentences: [Range<Int>], casings: [SentenceCasing], habits: [CaseProfile.Habit],
        word: (Int) -> UInt64
    ) -> [Bool] {
        let prose = sentences.indices.filter { casings[$0] == .normal }
        guard casings.contains(.heading), prose.count >= minimumProseSentences else { return [] }
        var lowercase = HashedTable<Bool>(capacity: text.count / 4 + 16, empty: false)
        var capitalised = HashedTable<Bool>(capacity: text.count / 8 + 16, empty: false)
        for sentence in prose.map({ sentences[$0] }) {
            for index in sentence where text.kind(index) == .word && ASCII.isLetter(text.firstByte(index)) {
                if !text.isCapitalized(index) {
                    lowercase.insert(word(index), true) { $1 }
                } else if index > sentence.lowerBound {
                    capitalised.insert(word(index), true) { $1 }
                }
            }
        }
        var common = [Bool](repeating: false, count: text.count)
        for (sentence, casing) in zip(sentences, casings) where casing == .heading {
            for index in sentence where text.kind(index) == .word && text.isCapitalized(index) {
                // Acronyms keep their capitals in any line.
                if text.isAllCaps(index) { continue }
                let word = word(index)
                if capitalised.value(for: word) != nil { continue }
                common[index] = lowercase.value(for: word) != nil || habits[index].isUsuallyLower
            }
        }
        return common
    }

    /// Whether `tokens` of `text` are all words the training text writes in
    /// lower case (`habits`, one per token of `text`): in a heading or a
    /// shouted line, such a run ("Great Food And Friendly Staff", "RUGBY
    /// UNION") is the line itself, not a name. In a heading an acronym
    /// ("NATO") keeps the run a name; in a shouted line every word is in capitals.
    static func isCommonWordsOnly(
        _ tokens: Range<Int>, habits: [CaseProfile.Habit], in text: TokenText, shouted: Bool
    ) -> Bool {
        for index in tokens where text.kind(index) == .word {
            if !habits[index].isUsuallyLower || (!shouted && text.isAllCaps(index)) { return false }
        }
        return true
    }
}
