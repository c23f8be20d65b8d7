/// Greedy choice of summary sentences from a ranking, within a sentence
/// count and a word budget, skipping near-duplicates of chosen sentences.
/// Sentences are taken in units (a quotation over several sentences goes
/// whole; see ``SummaryCandidates``).
struct SummarySelection {
    /// Candidates more similar than this to a chosen sentence are skipped.
    static let redundancyThreshold = 0.6

    let target: Int
    let maxWords: Int?
    /// For each sentence, the sentences taken with it, or nil when it is never taken.
    let units: [Range<Int>?]
    /// Words (and numbers) per sentence of the document.
    let wordCounts: [Int]
    /// Chosen sentence indices, in order of choice.
    private(set) var chosen: [Int] = []

    init(target: Int, maxWords: Int?, units: [Range<Int>?], wordCounts: [Int]) {
        self.target = target
        self.maxWords = maxWords
        self.units = units
        self.wordCounts = wordCounts
    }

    /// Walks `ranking` best first, taking each sentence's unit when it fits
    /// the target count; `similarity`, when given, vetoes near-duplicates.
    /// Stops at the target count or before the first unit that would break
    /// the word budget. Never leaves the summary empty: when no unit fits,
    /// the best one is taken.
    mutating func take(ranking: [Int], similarity: SimilarityGraph?) {
        var words = 0
        for candidate in ranking {
            guard chosen.count < target else { return }
            guard let unit = units[candidate], !chosen.contains(unit.lowerBound), chosen.count + unit.count <= target
            else { continue }
            let unitWords = unit.reduce(0) { $0 + wordCounts[$1] }
            if let maxWords, !chosen.isEmpty, words + unitWords > maxWords { return }
            if let similarity,
                unit.contains(where: { member in
                    chosen.contains { similarity.similarity($0, member) > Self.redundancyThreshold }
                })
            {
                continue
            }
            chosen.append(contentsOf: unit)
            words += unitWords
        }
        if chosen.isEmpty, let best = ranking.first(where: { units[$0] != nil }), let unit = units[best] {
            chosen.append(contentsOf: unit)
        }
    }
}
