import TextPipeCore

/// Adjectives of nationality or place ("Russian", "Tajik", "Central Asian")
/// name no organisation, place or person: whatever the model read them as,
/// they are MISC, with a capitalised region word before them, and where the
/// model passed one by it is added. Party words ("Republicans") keep the
/// model's label, as they often stand for the party.
enum DemonymNames {
    /// The least confidence of a demonym: the lists are sure of the words,
    /// but a few double as surnames or team names.
    static let confidence = 0.8

    /// `names` (sorted, not overlapping, with their `tokenRanges`) with the
    /// demonym phrases among them made MISC, and the capitalised demonyms of
    /// `sentences` that no name covers added as MISC; returns the token
    /// ranges of all names in the same order.
    static func completed(
        _ names: [Entity], tokenRanges: [Range<Int>], in text: TokenText, sentences: [Range<Int>]
    ) -> (names: [Entity], tokenRanges: [Range<Int>]) {
        var covered = FoundNames.covered(by: tokenRanges, count: text.count)
        var names = names
        var tokenRanges = tokenRanges
        for position in names.indices where isDemonymPhrase(tokenRanges[position], in: text) {
            let tokens = withRegionWord(tokenRanges[position], in: text, covered: covered)
            covered[tokens.lowerBound] = true
            tokenRanges[position] = tokens
            names[position] = Entity(
                span: text.span(of: tokens), label: .miscellaneous,
                confidence: max(names[position].confidence ?? 1, confidence))
        }
        var added: [(Entity, Range<Int>)] = []
        for sentence in sentences {
            for index in sentence
            where !covered[index] && text.isCapitalized(index) && isNationalDemonym(index, in: text) {
                let tokens = withRegionWord(index..<index + 1, in: text, covered: covered, within: sentence)
                added.append(
                    (Entity(span: text.span(of: tokens), label: .miscellaneous, confidence: confidence), tokens))
            }
        }
        return FoundNames.merging(names, tokenRanges, with: added)
    }

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

    /// `tokens` with the capitalised region word before them ("West" of
    /// "West African") when no name covers it and it is in the same sentence.
    private static func withRegionWord(
        _ tokens: Range<Int>, in text: TokenText, covered: [Bool], within sentence: Range<Int>? = nil
    ) -> Range<Int> {
        let before = tokens.lowerBound - 1
        guard before >= (sentence?.lowerBound ?? 0), !covered[before], text.kind(before) == .word,
            text.isCapitalized(before), text.isWord(before, in: Gazetteer.regionModifiers),
            !text.hasLineBreak(before: tokens.lowerBound)
        else { return tokens }
        return before..<tokens.upperBound
    }

    private static func isNationalDemonym(_ index: Int, in text: TokenText) -> Bool {
        text.kind(index) == .word && text.wordClasses(index).contains(.demonym)
            && !text.isWord(index, in: Gazetteer.politicalDemonyms)
    }
}
