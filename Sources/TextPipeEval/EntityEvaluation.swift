import TextPipeCore

/// Named entities against `{"id","text","entities":[{"start","end","label"}]}`
/// lines (Unicode-scalar offsets); see ``EntityScore``.
struct EntityEvaluation: EvaluationTask {
    struct Item: Sendable {
        var id: String
        var text: String
        var entities: [LabeledSpan]
    }

    struct Outcome: Sendable {
        var predicted: [LabeledSpan]
        var gold: [LabeledSpan]
    }

    func items(gold path: String, limit: Int?) throws(EvaluationError) -> [Item] {
        try jsonLinesItems(path, limit: limit) { record throws(EvaluationError) in
            let text = try record.string("text")
            let scalars = Array(text.unicodeScalars)
            var entities: [LabeledSpan] = []
            for entity in try record.objects("entities") {
                let span = LabeledSpan(
                    start: try entity.integer("start"), end: try entity.integer("end"),
                    label: EntityScore.textpipeLabel(try entity.string("label")))
                try Self.check(span, quoting: try entity.optionalString("text"), in: scalars, at: entity.location)
                entities.append(span)
            }
            return Item(id: record.id, text: text, entities: entities)
        }
    }

    /// Refuses a span outside the text, an empty one, and one whose `text`
    /// differs from what its offsets cover: offsets counted in bytes or
    /// UTF-16 units would otherwise score as silent misses.
    private static func check(
        _ span: LabeledSpan, quoting quoted: String?, in scalars: [Unicode.Scalar], at location: String
    ) throws(EvaluationError) {
        guard 0 <= span.start, span.start < span.end, span.end <= scalars.count else {
            throw EvaluationError(
                "\(location): span \(span.start)..<\(span.end) is not inside the text (\(scalars.count) code points)")
        }
        guard let quoted else { return }
        let covered = String(String.UnicodeScalarView(scalars[span.start..<span.end]))
        guard covered == quoted else {
            throw EvaluationError(
                "\(location): 'text' is '\(quoted)' but \(span.start)..<\(span.end) covers '\(covered)' "
                    + "(offsets count Unicode code points)")
        }
    }

    func document(for item: Item) -> Document { Document(id: item.id, text: item.text) }

    func outcome(for item: Item, prediction: Document?) -> Outcome {
        guard let prediction, let entities = prediction.entities else { return Outcome(predicted: [], gold: item.entities) }
        let offsets = prediction.withUTF8 { ScalarOffsets($0) }
        let predicted = entities.map {
            LabeledSpan(
                start: offsets.scalarOffset($0.span.start), end: offsets.scalarOffset($0.span.end),
                label: $0.label.rawValue)
        }
        return Outcome(predicted: predicted, gold: item.entities)
    }

    func scores(_ outcomes: [Outcome]) -> [EvaluationReport.Group] {
        var score = EntityScore(labels: Set(outcomes.flatMap { $0.gold.map(\.label) }))
        for outcome in outcomes { score.add(predicted: outcome.predicted, gold: outcome.gold) }
        let main = EvaluationReport.Group(
            rows: precisionRecallRows(score.exact) + precisionRecallRows(score.spanOnly, prefix: "span")
                + [
                    .init("gold_entities", "gold entities", .count(score.exact.gold)),
                    .init("predicted_entities", "predicted entities", .count(score.exact.predicted)),
                ])
        let perLabel = score.perLabel.keys.sorted().map { label in
            let counts = score.perLabel[label]!
            return EvaluationReport.Group(
                key: label, title: label,
                rows: precisionRecallRows(counts) + [
                    .init("gold", "gold", .count(counts.gold)), .init("predicted", "predicted", .count(counts.predicted)),
                ])
        }
        return [main] + perLabel
    }
}
