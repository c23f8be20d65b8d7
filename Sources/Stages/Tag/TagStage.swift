import TextPipeCore

/// Adds topic tags from a trained model or a taxonomy, and statistically scored keywords.
///
/// Topics: by default a linear classifier over the document's words and word
/// pairs (``TopicModel``, trained by `textpipe train tags`) gives each topic a
/// probability; a taxonomy instead counts each topic's cue words among the
/// content words, compared by stem; `topics_from: both` merges the two.
/// Keywords: runs of content words within a sentence (noun phrases, names,
/// compounds and single words), ranked by ``KeyphraseRanker``.
public struct TagStage: Stage {
    public static let name = "tag"
    public static let summary = "Adds topic tags from a trained model or a taxonomy, and statistically scored keywords."
    public static let needs: [Annotation] = [.sentences, .tokens]
    public static let provides: [Annotation] = [.tags, .keywords]

    private let options: Options
    private let topicTagger: TopicTagger?

    /// Builds the stage and loads its model and taxonomy; throws ``StageError``
    /// for out-of-range options and unreadable or malformed models and taxonomies.
    public init(options: Options) throws {
        try options.validate()
        self.options = options
        guard options.topics else {
            topicTagger = nil
            return
        }
        let source = options.resolvedTopicSource
        var model: TopicModel?
        if source != .taxonomy {
            model = try options.model.map { try TopicModel(contentsOfFile: $0) } ?? NewsTopicModel.shipped.get()
        }
        var scorer: TopicScorer?
        if source != .model {
            let taxonomy = try options.taxonomy.map { try Taxonomy(contentsOfFile: $0) }
                ?? Taxonomy(yaml: NewsTaxonomy.yaml, name: "built-in news taxonomy")
            scorer = TopicScorer(taxonomy: taxonomy)
        }
        topicTagger = TopicTagger(model: model, scorer: scorer, minimumEvidence: options.resolvedMinEvidence)
    }

    /// Sets `document.tags` and `document.keywords` (each unless turned off).
    public func process(_ document: inout Document) throws {
        guard let sentences = document.sentences, let tokens = document.tokens else {
            throw StageError("tag needs sentences and tokens: run segment before it")
        }
        let (tags, keywords) = document.withUTF8 { bytes -> ([Tag]?, [Keyword]?) in
            let terms = TokenTerms(tokens: tokens, bytes: bytes)
            let tags = topicTagger?.tags(for: terms, minScore: options.minScore, maxTags: options.maxTags)
            guard options.keywords > 0 else { return (tags, nil) }
            let candidates = KeyphraseCandidates(maxWords: options.maxWords, sentences: sentences, terms: terms)
            return (tags, KeyphraseRanker(limit: options.keywords).keywords(of: candidates, bytes: bytes))
        }
        document.tags = tags
        document.keywords = keywords
    }
}
