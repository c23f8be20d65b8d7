import TextPipeCore

/// Ranks candidate keyphrases: a word by how often it occurs times how
/// specific it is (see ``WordSpecificity``), so that frequent but short,
/// common words fall behind the names and terms a text is about. A phrase
/// is a key when its words are seldom used apart from it ("Ada Lovelace",
/// "interest rates"): it then stands for them, taking the best rank among
/// its words, which are not repeated on their own.
struct KeyphraseRanker {
    /// A phrase stands for its words when it holds at least this share of the occurrences of each.
    static let cohesion = 3.0 / 4.0
    /// Phrases of several words must occur this often to be kept at all.
    static let minimumPhraseCount = 2

    let limit: Int

    private typealias Scored = (key: UInt64, statistics: KeyphraseCandidates.Statistics, score: Double)

    /// The best `limit` keyphrases, best first, scores relative to the best.
    func keywords(of candidates: KeyphraseCandidates, bytes: UnsafeBufferPointer<UInt8>) -> [Keyword] {
        let statistics = candidates.statistics()
        var scored: [Scored] = []
        for (key, phrase) in statistics {
            guard let score = Self.score(of: phrase, among: statistics, candidates: candidates, bytes: bytes) else {
                continue
            }
            scored.append((key, phrase, score))
        }
        // Ties go to the earlier, then the longer phrase, so the output does not depend on hashing.
        scored.sort { first, second in
            let (a, b) = (first.statistics.firstTokens, second.statistics.firstTokens)
            if first.score != second.score { return first.score > second.score }
            return a.lowerBound != b.lowerBound ? a.lowerBound < b.lowerBound : a.count > b.count
        }
        let chosen = Self.choose(limit: limit, from: scored, candidates: candidates)
        guard let best = chosen.first?.score else { return [] }
        let surfaces = SurfaceForms(keys: Set(chosen.map(\.key)), candidates: candidates, bytes: bytes)
        return chosen.map { candidate in
            let text = surfaces.text(of: candidate.key, bytes: bytes, terms: candidates.terms)
            return Keyword(
                text: candidate.statistics.isProperNoun ? text : text.lowercased(), score: candidate.score / best)
        }
    }

    /// The first `limit` of `ranked` that do not overlap: a phrase contained
    /// in a chosen one is skipped, and a phrase takes the place of the chosen
    /// words it contains ("Ada" then "Ada Lovelace").
    private static func choose(limit: Int, from ranked: [Scored], candidates: KeyphraseCandidates) -> [Scored] {
        var chosen: [Scored] = []
        for candidate in ranked {
            guard chosen.count < limit else { break }
            let tokens = candidate.statistics.firstTokens
            guard !chosen.contains(where: { candidates.isContained(tokens, in: $0.statistics.firstTokens) }) else {
                continue
            }
            let isInside = { (other: Scored) in candidates.isContained(other.statistics.firstTokens, in: tokens) }
            if let absorbed = chosen.firstIndex(where: isInside) {
                chosen[absorbed] = (candidate.key, candidate.statistics, chosen[absorbed].score)
                chosen.removeAll { $0.key != candidate.key && isInside($0) }
            } else {
                chosen.append(candidate)
            }
        }
        return chosen
    }

    /// A word's score, or a phrase's when it stands for its words; nil for other phrases.
    private static func score(
        of phrase: KeyphraseCandidates.Statistics, among statistics: [UInt64: KeyphraseCandidates.Statistics],
        candidates: KeyphraseCandidates, bytes: UnsafeBufferPointer<UInt8>
    ) -> Double? {
        let tokens = phrase.firstTokens
        guard tokens.count > 1 else { return wordScore(of: phrase, terms: candidates.terms, bytes: bytes) }
        guard phrase.count >= minimumPhraseCount else { return nil }
        var best = 0.0
        for index in tokens {
            guard let word = statistics[candidates.wordKey(at: index)],
                Double(phrase.count) >= cohesion * Double(word.count)
            else { return nil }
            best = max(best, wordScore(of: word, terms: candidates.terms, bytes: bytes))
        }
        return best
    }

    /// Occurrences times specificity.
    private static func wordScore(
        of word: KeyphraseCandidates.Statistics, terms: TokenTerms, bytes: UnsafeBufferPointer<UInt8>
    ) -> Double {
        Double(word.count) * Double(WordSpecificity.of(bytes, terms.surfaces[word.firstTokens.lowerBound]))
    }
}
