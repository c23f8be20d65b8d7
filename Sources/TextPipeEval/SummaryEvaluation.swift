import TextPipeCore

/// Extractive summaries against `{"id","text","summary"}` lines; see ``RougeScore``.
struct SummaryEvaluation: EvaluationTask {
    /// Whether the first line of each text (a title) stays in the document.
    var keepTitle: Bool

    struct Item: Sendable {
        var id: String
        var text: String
        var summary: String
    }

    func items(gold path: String, limit: Int?) throws(EvaluationError) -> [Item] {
        try jsonLinesItems(path, limit: limit) { record throws(EvaluationError) in
            let text = try record.string("text")
            return Item(
                id: record.id, text: keepTitle ? text : Self.withoutTitle(text), summary: try record.string("summary"))
        }
    }

    /// `text` without its first line and the blank lines after it.
    static func withoutTitle(_ text: String) -> String {
        guard let newline = text.firstIndex(of: "\n") else { return "" }
        return String(text[newline...].drop { $0.isNewline })
    }

    func document(for item: Item) -> Document { Document(id: item.id, text: item.text) }

    func outcome(for item: Item, prediction: Document?) -> RougeScore {
        var candidate: [String] = []
        if let prediction, let sentences = prediction.sentences, let summary = prediction.summary {
            candidate = summary.sentenceIndices.filter(sentences.indices.contains).map {
                prediction.text(of: sentences[$0].span)
            }
        }
        return Rouge.score(candidate: candidate, reference: Rouge.referenceSentences(item.summary))
    }

    func scores(_ outcomes: [RougeScore]) -> [EvaluationReport.Group] {
        func mean(_ value: (RougeScore) -> Double) -> Double {
            outcomes.isEmpty ? 0 : outcomes.reduce(0) { $0 + value($1) } / Double(outcomes.count) * 100
        }
        return [
            .init(rows: [
                .init("rouge1", "ROUGE-1 F", .points(mean(\.rouge1))),
                .init("rouge2", "ROUGE-2 F", .points(mean(\.rouge2))),
                .init("rougeLsum", "ROUGE-Lsum F", .points(mean(\.rougeLsum))),
            ])
        ]
    }
}
