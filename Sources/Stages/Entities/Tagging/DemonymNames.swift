import TextPipeCore

/// Adjectives of nationality or place ("Russian", "Tajik", "Central Asian")
/// name no organisation, place or person: whatever the model read them as,
/// they are MISC, and where the model passed one by it is added. Party words
/// ("Republicans") keep the model's label, as they often stand for the party.
enum DemonymNames {
    /// The confidence of a demonym the model did not find: the lists are
    /// sure of the words, but a few double as surnames or team names.
    static let confidence = 0.8

    /// Whether `tokens` of `text` are only demonyms and region words
    /// ("Central", "Northern"), with at least one demonym that is no party word.
    static func isDemonymPhrase(_ tokens: Range<Int>, in text: TokenText) -> Bool {
        var sawDemonym = false
        for index in tokens {
            if isNationalDemonym(index, in: text) {
                sawDemonym = true
            } else if !text.isWord(index, in: Gazetteer.regionModifiers) {
                return false
            }
        }
        return sawDemonym
    }

    /// `names` (sorted, not overlapping) with the capitalised demonyms of
    /// `sentences` that no name covers added as MISC, each with a capitalised
    /// region word before it ("Central Asian"); returns the token ranges of
    /// all names in the same order.
    static func added(
        to names: [Entity], tokenRanges: [Range<Int>], in text: TokenText, sentences: [Range<Int>]
    ) -> (names: [Entity], tokenRanges: [Range<Int>]) {
        let covered = FoundNames.covered(by: tokenRanges, count: text.count)
        var added: [(Entity, Range<Int>)] = []
        for sentence in sentences {
            for index in sentence
            where !covered[index] && text.isCapitalized(index) && isNationalDemonym(index, in: text) {
                var start = index
                if start > sentence.lowerBound && !covered[start - 1] && text.isCapitalized(start - 1)
                    && text.isWord(start - 1, in: Gazetteer.regionModifiers)
                {
                    start -= 1
                }
                let tokens = start..<index + 1
                added.append(
                    (Entity(span: text.span(of: tokens), label: .miscellaneous, confidence: confidence), tokens))
            }
        }
        return FoundNames.merging(names, tokenRanges, with: added)
    }

    private static func isNationalDemonym(_ index: Int, in text: TokenText) -> Bool {
        text.kind(index) == .word && text.wordClasses(index).contains(.demonym)
            && !text.isWord(index, in: Gazetteer.politicalDemonyms)
    }
}
