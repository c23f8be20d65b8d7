import TextPipeCore

/// Picks the most central sentences as an extractive summary.
///
/// TextRank ranks the sentences by their centrality in a graph whose edges
/// are cosine similarities of their content-word counts, scaled by length
/// and position priors (``SentencePriors``); the best are
/// picked while skipping near-duplicates of those already chosen, and
/// emitted in document order. Headings and sentences with unbalanced quotes
/// are never picked while others are left (``SummaryCandidates``).
public struct SummarizeStage: Stage {
    public static let name = "summarize"
    public static let summary = "Picks the most central sentences as an extractive summary."
    public static let needs: [Annotation] = [.sentences, .tokens]
    public static let provides: [Annotation] = [.summary]

    /// Only the first this many sentences are ranked, which keeps the O(n²)
    /// graph small on very long documents; later sentences are never picked.
    static let rankedSentenceLimit = 400

    private let options: Options

    /// Builds the stage; throws ``StageError`` for out-of-range options.
    public init(options: Options) throws {
        try options.validate()
        self.options = options
    }

    /// Sets `document.summary`.
    public func process(_ document: inout Document) throws {
        guard let sentences = document.sentences, let tokens = document.tokens else {
            throw StageError("summarize needs sentences and tokens: run segment before it")
        }
        let target = options.target(forSentenceCount: sentences.count)
        let chosen = document.withUTF8 { bytes in
            let candidates = SummaryCandidates(sentences: sentences, tokens: tokens, in: bytes)
            let takeable = candidates.takeable
            if takeable.count <= target && options.maxWords == nil { return takeable }
            return choose(target: target, candidates: candidates, sentences: sentences, tokens: tokens, bytes: bytes)
        }
        let text = chosen.map { document.text(of: sentences[$0].span) }.joined(separator: " ")
        document.summary = Summary(text: text, sentenceIndices: chosen)
    }

    /// The indices of the chosen sentences, ascending, in units of `candidates`.
    private func choose(
        target: Int, candidates: SummaryCandidates, sentences: [Sentence], tokens: [Token],
        bytes: UnsafeBufferPointer<UInt8>
    ) -> [Int] {
        var selection = SummarySelection(
            target: target, maxWords: options.maxWords, units: candidates.units,
            wordCounts: sentences.map { sentence in
                tokens[sentence.tokens].count { $0.kind == .word || $0.kind == .number }
            })
        switch options.method {
        case .lead:
            selection.take(ranking: candidates.takeable, similarity: nil)
        case .textrank:
            let ranked = candidates.graphed(Array(sentences.prefix(Self.rankedSentenceLimit)))
            let vectors = SentenceVectors(sentences: ranked, tokens: tokens, bytes: bytes)
            let graph = SimilarityGraph(vectors: vectors)
            let scores = SentencePriors.apply(
                to: graph.pageRank(), wordCounts: selection.wordCounts)
            let ranking = candidates.ranking(by: scores)
            // With no sentence to spare, near-duplicates stay: the summary is the whole document.
            let mayDropRedundant = ranking.count > target
            selection.take(ranking: ranking, similarity: mayDropRedundant ? graph : nil)
        }
        return selection.chosen.sorted()
    }
}
