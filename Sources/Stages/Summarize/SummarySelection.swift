/// Greedy choice of summary sentences from a ranking, within a sentence
/// count and a word budget, skipping near-duplicates of chosen sentences.
struct SummarySelection {
    /// Candidates more similar than this to a chosen sentence are skipped.
    static let redundancyThreshold = 0.6

    let target: Int
    let maxWords: Int?
    /// Words (and numbers) per sentence of the document.
    let wordCounts: [Int]
    /// Chosen sentence indices, in order of choice.
    private(set) var chosen: [Int] = []

    init(target: Int, maxWords: Int?, wordCounts: [Int]) {
        self.target = target
        self.maxWords = maxWords
        self.wordCounts = wordCounts
    }

    /// Walks `ranking` best first; `similarity`, when given, vetoes
    /// near-duplicates. Stops at the target count or before the first
    /// sentence that would break the word budget (never before the first).
    mutating func take(ranking: [Int], similarity: SimilarityGraph?) {
        var words = 0
        for candidate in ranking {
            guard chosen.count < target else { return }
            if let maxWords, !chosen.isEmpty, words + wordCounts[candidate] > maxWords { return }
            if let similarity,
                chosen.contains(where: { similarity.similarity($0, candidate) > Self.redundancyThreshold })
            {
                continue
            }
            chosen.append(candidate)
            words += wordCounts[candidate]
        }
    }
}
