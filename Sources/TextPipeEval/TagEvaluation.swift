import TextPipeCore

/// Topic tags against JSON Lines with `text` and a category field; see ``TagScore``.
struct TagEvaluation: EvaluationTask {
    /// The gold field holding the category.
    var labelField: String
    /// Gold categories renamed before scoring.
    var labelMap: [String: String] = [:]
    /// How many confusions the report lists.
    static let confusionCount = 5

    struct Item: Sendable {
        var id: String
        var text: String
        var category: String
    }

    struct Outcome: Sendable {
        var predicted: String?
        var gold: String
    }

    func items(gold path: String, limit: Int?) throws(EvaluationError) -> [Item] {
        try jsonLinesItems(path, limit: limit) { record throws(EvaluationError) in
            let category = try record.string(labelField)
            return Item(id: record.id, text: try record.string("text"), category: labelMap[category] ?? category)
        }
    }

    func document(for item: Item) -> Document { Document(id: item.id, text: item.text) }

    func outcome(for item: Item, prediction: Document?) -> Outcome {
        Outcome(predicted: prediction?.tags?.first?.name, gold: item.category)
    }

    func scores(_ outcomes: [Outcome]) -> [EvaluationReport.Group] {
        var score = TagScore()
        for outcome in outcomes { score.add(predicted: outcome.predicted, gold: outcome.gold) }
        let perCategory = score.perCategory
        let categoryRows = perCategory.keys.sorted().map { EvaluationReport.Row($0, $0, .fraction(perCategory[$0]!.f1)) }
        let confusionRows = score.confusions(top: Self.confusionCount).map { confusion in
            let name = "\(confusion.gold) → \(confusion.predicted ?? "(no tag)")"
            return EvaluationReport.Row(name, name, .count(confusion.count))
        }
        return [
            .init(rows: [
                .init("accuracy", "accuracy", .fraction(score.accuracy)),
                .init("macro_f1", "macro F1", .fraction(score.macroF1)),
            ]),
            .init(key: "category_f1", title: "F1 per category", rows: categoryRows),
            .init(key: "confusions", title: "top confusions (gold → first tag)", rows: confusionRows),
        ]
    }
}
