/// Adjustments of TextRank scores that centrality alone misses: lead
/// sentences of news-like text carry the gist, and fragments (headings,
/// datelines, "Thank you.") are central by accident but poor summaries.
enum SentencePriors {
    /// The weight of the first sentence over a sentence far down the text.
    static let leadBonus = 0.25
    /// How quickly the position bonus fades, in sentences.
    static let leadDecay = 5.0
    /// Sentences with fewer words are scaled down in proportion.
    static let shortSentenceWords = 5

    /// `scores` scaled by each sentence's position and length priors.
    static func apply(to scores: [Double], wordCounts: [Int]) -> [Double] {
        scores.indices.map { index in
            let position = 1 + leadBonus * leadDecay / (leadDecay + Double(index))
            let length = min(1, Double(wordCounts[index]) / Double(shortSentenceWords))
            return scores[index] * position * length
        }
    }
}
