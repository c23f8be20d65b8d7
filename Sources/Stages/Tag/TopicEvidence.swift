/// How clearly a text is the kind of text a topic model was trained on, so
/// that a text far from every topic (a recipe, a manual, terms of use) gets
/// no tag rather than the nearest topic's.
///
/// The probabilities cannot tell: they compare the topics with one another,
/// and the words of a recipe that the model knows (`season`, `stock`,
/// `minutes`) point somewhere. Two things set news apart and cost one
/// multiplication per term:
///
/// - **Topicality**: each known term's spread, its strongest topic's weight
///   minus its mean weight, summed over the text's unit TF-IDF vector. A
///   news text has many words that belong to some topic; a recipe's known
///   words are mostly neutral.
/// - **Names**: the share of content words that start with a capital. News
///   names people, places and firms; instructions and boilerplate do not.
///
/// `evidence = topicality + 25 × name share`. Only texts of 40 content words
/// or more are judged: a headline has too few words to tell, and the
/// evidence of short news items spreads too widely (a floor that left a
/// recipe untagged also left 1.5% of AG-News items untagged).
public enum TopicEvidence {
    /// Texts with fewer content words are never judged off-topic.
    public static let minimumContentWords = 40
    /// How much the share of capitalised content words adds.
    static let nameWeight: Float = 25
    /// The built-in news model's floor: between the highest evidence of
    /// off-topic texts written for the tests (6.9 under the model itself) and the lowest of
    /// correctly tagged held-out news of 40 or more content words in
    /// cross-validation (above 8.6).
    public static let newsModelMinimum = 7.5

    /// The evidence of a text with `terms` whose summed topicality is
    /// `topicality`; nil when the text is too short to judge.
    static func value(topicality: Float, terms: TopicTerms) -> Double? {
        guard terms.contentWordCount >= minimumContentWords else { return nil }
        let nameShare = Float(terms.capitalisedWordCount) / Float(terms.contentWordCount)
        return Double(topicality + nameWeight * nameShare)
    }

    /// Whether a text of `evidence` (nil: too short to judge) is too far
    /// from every topic for a model whose floor is `minimum`.
    static func isOffTopic(_ evidence: Double?, minimum: Double) -> Bool {
        guard let evidence else { return false }
        return evidence < minimum
    }
}
