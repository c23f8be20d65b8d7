import TextPipeCore

/// Ranks candidate keyphrases in the spirit of YAKE and RAKE: frequent,
/// early, spread-out phrases first, proper nouns slightly favoured, a
/// phrase contained in a better one dropped.
struct KeyphraseRanker {
    /// A multi-word phrase's weight per extra word: a phrase outranks its
    /// best word once it makes up two thirds of that word's occurrences.
    static let extraWordWeight = 0.5
    /// The weight of a phrase first seen at the very start over one first seen at the end.
    static let earlinessWeight = 0.5
    static let properNounWeight = 1.2
    /// Phrases of several words must occur this often to be kept at all.
    static let minimumPhraseCount = 2

    let limit: Int

    /// The best `limit` keyphrases, best first, scores relative to the best.
    func keywords(of candidates: KeyphraseCandidates, bytes: UnsafeBufferPointer<UInt8>) -> [Keyword] {
        let statistics = candidates.statistics()
        let sentenceCount = Double(max(1, candidates.sentences.count))
        var scored: [(key: UInt64, statistics: KeyphraseCandidates.Statistics, score: Double)] = []
        for (key, phrase) in statistics {
            let words = phrase.firstTokens.count
            guard words == 1 || phrase.count >= Self.minimumPhraseCount else { continue }
            let spread = Double(phrase.sentenceCount) / sentenceCount
            let earliness = 1 - Double(phrase.firstSentence) / sentenceCount
            let score = Double(phrase.count) * (1 + Self.extraWordWeight * Double(words - 1)) * (1 + spread)
                * (1 + Self.earlinessWeight * earliness) * (phrase.isProperNoun ? Self.properNounWeight : 1)
            scored.append((key, phrase, score))
        }
        // Ties go to the earlier, then the longer phrase, so the output does not depend on hashing.
        scored.sort { first, second in
            let (a, b) = (first.statistics.firstTokens, second.statistics.firstTokens)
            if first.score != second.score { return first.score > second.score }
            return a.lowerBound != b.lowerBound ? a.lowerBound < b.lowerBound : a.count > b.count
        }
        var chosen: [(key: UInt64, statistics: KeyphraseCandidates.Statistics, score: Double)] = []
        for candidate in scored {
            guard chosen.count < limit else { break }
            let tokens = candidate.statistics.firstTokens
            guard !chosen.contains(where: { candidates.isContained(tokens, in: $0.statistics.firstTokens) }) else {
                continue
            }
            // A phrase takes the place of the better-ranked words it contains ("Ada" then "Ada Lovelace").
            if let absorbed = chosen.firstIndex(where: { candidates.isContained($0.statistics.firstTokens, in: tokens) }) {
                chosen[absorbed] = (candidate.key, candidate.statistics, chosen[absorbed].score)
                chosen.removeAll { $0.key != candidate.key && candidates.isContained($0.statistics.firstTokens, in: tokens) }
            } else {
                chosen.append(candidate)
            }
        }
        guard let best = chosen.first?.score else { return [] }
        let surfaces = SurfaceForms(keys: Set(chosen.map(\.key)), candidates: candidates, bytes: bytes)
        return chosen.map { candidate in
            let text = surfaces.text(of: candidate.key, bytes: bytes, terms: candidates.terms)
            return Keyword(
                text: candidate.statistics.isProperNoun ? text : text.lowercased(), score: candidate.score / best)
        }
    }
}
