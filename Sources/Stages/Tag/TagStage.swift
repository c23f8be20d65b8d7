import TextPipeCore

/// Adds topic tags from a taxonomy and statistically scored keywords.
///
/// Topics: cue words of each topic are counted among the document's content
/// words, compared by stem. Keywords: runs of content words within a
/// sentence, ranked by frequency, spread, earliness and capitalisation.
public struct TagStage: Stage {
    public static let name = "tag"
    public static let summary = "Adds topic tags from a taxonomy and statistically scored keywords."
    public static let needs: [Annotation] = [.sentences, .tokens]
    public static let provides: [Annotation] = [.tags, .keywords]

    private let options: Options
    private let topicScorer: TopicScorer?

    /// Builds the stage and loads its taxonomy; throws ``StageError`` for
    /// out-of-range options and unreadable or malformed taxonomies.
    public init(options: Options) throws {
        try options.validate()
        self.options = options
        guard options.topics else {
            topicScorer = nil
            return
        }
        let taxonomy = try options.taxonomy.map { try Taxonomy(contentsOfFile: $0) }
            ?? Taxonomy(yaml: NewsTaxonomy.yaml, name: "built-in news taxonomy")
        topicScorer = TopicScorer(taxonomy: taxonomy)
    }

    /// Sets `document.tags` and `document.keywords` (each unless turned off).
    public func process(_ document: inout Document) throws {
        guard let sentences = document.sentences, let tokens = document.tokens else {
            throw StageError("tag needs sentences and tokens: run segment before it")
        }
        let (tags, keywords) = document.withUTF8 { bytes -> ([Tag]?, [Keyword]?) in
            let terms = TokenTerms(tokens: tokens, bytes: bytes)
            let tags = topicScorer?.tags(for: terms, minScore: options.minScore, maxTags: options.maxTags)
            guard options.keywords > 0 else { return (tags, nil) }
            let candidates = KeyphraseCandidates(maxWords: options.maxWords, sentences: sentences, terms: terms)
            return (tags, KeyphraseRanker(limit: options.keywords).keywords(of: candidates, bytes: bytes))
        }
        document.tags = tags
        document.keywords = keywords
    }
}
