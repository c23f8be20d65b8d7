/// Adjustments of TextRank scores for what centrality alone misses.
///
/// Cosine similarity is blind to length, so a short sentence that repeats
/// the document's key words ranks as high as a long one that also adds
/// facts; the square root of the word count, about the length of a
/// sentence's word-count vector, gives back the preference for fuller
/// sentences that the cosine normalised away, and fragments under five
/// words (headings, datelines, "Thank you.") are scaled down further. Earlier sentences get a small bonus, since lead
/// sentences of news-like text tend to carry the gist.
enum SentencePriors {
    /// The weight of the first sentence over a sentence far down the text.
    static let leadBonus = 0.1
    /// How quickly the position bonus fades, in sentences.
    static let leadDecay = 5.0
    /// Sentences with fewer words are scaled down in proportion.
    static let shortSentenceWords = 5

    /// `scores` scaled by each sentence's position and length priors.
    static func apply(to scores: [Double], wordCounts: [Int]) -> [Double] {
        scores.indices.map { index in
            let words = Double(wordCounts[index])
            let position = 1 + leadBonus * leadDecay / (leadDecay + Double(index))
            let length = min(1, words / Double(shortSentenceWords)) * words.squareRoot()
            return scores[index] * position * length
        }
    }
}
