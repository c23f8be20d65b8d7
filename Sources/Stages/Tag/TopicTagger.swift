import TextPipeCore

/// Tags a document with topics from a model, a taxonomy or both.
///
/// With both, each topic name appears once with the higher of its scores
/// (a model probability or a taxonomy score); names are as each source
/// gives them, so `tech` from the model and `technology` from a taxonomy
/// are two tags. A text the model finds far from every topic (evidence
/// below `minimumEvidence`, see ``TopicEvidence``) gets none of its tags.
struct TopicTagger: Sendable {
    let model: TopicModel?
    let scorer: TopicScorer?
    /// The model's evidence floor; 0 tags every text the model knows a term of.
    var minimumEvidence = 0.0

    /// Tags scoring at least `minScore`, best first (ties by name), at most `maxTags`.
    func tags(for terms: TokenTerms, minScore: Double, maxTags: Int) -> [Tag] {
        var best: [String: Double] = [:]
        if let model, let reading = model.reading(of: TopicTerms(terms: terms, hashBits: model.hashBits)),
            !reading.isOffTopic(minimumEvidence: minimumEvidence)
        {
            for (label, probability) in zip(model.labels, reading.probabilities) { best[label] = probability }
        }
        for tag in scorer?.tags(for: terms, minScore: minScore, maxTags: Int.max) ?? [] {
            best[tag.name] = max(best[tag.name] ?? 0, tag.score)
        }
        let kept: [Tag] = best.compactMap { name, score in score >= minScore ? Tag(name: name, score: score) : nil }
        let ordered = kept.sorted { ($1.score, $0.name) < ($0.score, $1.name) }
        return Array(ordered.prefix(maxTags))
    }
}
