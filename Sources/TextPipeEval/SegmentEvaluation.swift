import TextPipeCore

/// Sentence boundaries against `{"id","text","sentences":[str]}` lines; see ``BoundaryScore``.
struct SegmentEvaluation: EvaluationTask {
    struct Item: Sendable {
        var id: String
        var text: String
        var sentences: [String]
    }

    struct Outcome: Sendable {
        var predicted: Set<Int>
        var gold: Set<Int>
    }

    func items(gold path: String, limit: Int?) throws(EvaluationError) -> [Item] {
        try jsonLinesItems(path, limit: limit) { record throws(EvaluationError) in
            let item = Item(id: record.id, text: try record.string("text"), sentences: try record.strings("sentences"))
            try Self.checkSentencesCoverText(item, at: record.location)
            return item
        }
    }

    /// Refuses sentences that are not the text cut in order (whitespace
    /// aside): gold boundaries are counted along the sentences, so any
    /// difference would shift every boundary after it.
    private static func checkSentencesCoverText(_ item: Item, at location: String) throws(EvaluationError) {
        var text = item.text.unicodeScalars.lazy.filter { !$0.properties.isWhitespace }.makeIterator()
        for (index, sentence) in item.sentences.enumerated() {
            for scalar in sentence.unicodeScalars where !scalar.properties.isWhitespace {
                guard text.next() == scalar else {
                    throw EvaluationError(
                        "\(location): 'sentences' item \(index + 1) is not the next part of 'text' "
                            + "(the sentences, joined, must be the text): '\(sentence.prefix(60))'")
                }
            }
        }
        guard text.next() == nil else {
            throw EvaluationError("\(location): 'sentences' end before 'text' does (the sentences, joined, must be the text)")
        }
    }

    func document(for item: Item) -> Document { Document(id: item.id, text: item.text) }

    func outcome(for item: Item, prediction: Document?) -> Outcome {
        // Counting non-whitespace keeps boundaries comparable even when a
        // clean stage in the pipeline changed whitespace.
        let predicted = prediction.map { document in
            BoundaryScore.predictedBoundaries(text: document.text, sentenceEnds: (document.sentences ?? []).map(\.span.end))
        }
        return Outcome(predicted: predicted ?? [], gold: BoundaryScore.goldBoundaries(sentences: item.sentences))
    }

    func scores(_ outcomes: [Outcome]) -> [EvaluationReport.Group] {
        var score = BoundaryScore()
        for outcome in outcomes { score.add(predicted: outcome.predicted, gold: outcome.gold) }
        return [
            .init(
                rows: precisionRecallRows(score.counts) + [
                    .init("exact", "exact documents (share)", .fraction(score.exact)),
                    .init("gold_boundaries", "gold boundaries", .count(score.counts.gold)),
                    .init("predicted_boundaries", "predicted boundaries", .count(score.counts.predicted)),
                    .init("matched_boundaries", "matched boundaries", .count(score.counts.truePositives)),
                    .init("exact_documents", "exact documents", .count(score.exactDocuments)),
                ])
        ]
    }
}
