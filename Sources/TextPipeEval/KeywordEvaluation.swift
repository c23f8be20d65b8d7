import TextPipeCore

/// Keywords against `{"id","text","keyphrases":[str]}` lines; see ``KeywordScore``.
struct KeywordEvaluation: EvaluationTask {
    /// How many predicted keywords count.
    var k: Int

    struct Item: Sendable {
        var id: String
        var text: String
        var keyphrases: [String]
    }

    func items(gold path: String, limit: Int?) throws(EvaluationError) -> [Item] {
        try jsonLinesItems(path, limit: limit) { record throws(EvaluationError) in
            Item(id: record.id, text: try record.string("text"), keyphrases: try record.strings("keyphrases"))
        }
    }

    func document(for item: Item) -> Document { Document(id: item.id, text: item.text) }

    func outcome(for item: Item, prediction: Document?) -> PrecisionRecall {
        KeywordScore.score(predicted: prediction?.keywords?.map(\.text) ?? [], gold: item.keyphrases, k: k)
    }

    func scores(_ outcomes: [PrecisionRecall]) -> [EvaluationReport.Group] {
        var average = MacroAverage()
        for outcome in outcomes { average.add(outcome) }
        return [
            .init(rows: [
                .init("precision_at_k", "P@\(k)", .points(average.precision * 100)),
                .init("recall_at_k", "R@\(k)", .points(average.recall * 100)),
                .init("f1_at_k", "F1@\(k)", .points(average.f1 * 100)),
                .init("k", "k", .count(k)),
            ])
        ]
    }
}
