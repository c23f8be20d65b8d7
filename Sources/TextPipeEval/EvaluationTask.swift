import TextPipeCore

/// One kind of evaluation: how to read its gold set, what document to run
/// for each gold item, what to keep of the prediction, and how to score.
protocol EvaluationTask: Sendable {
    /// One gold document.
    associatedtype Item: Sendable
    /// What is kept of one document's prediction, with its gold, for scoring.
    associatedtype Outcome: Sendable

    /// The gold items at `path`, at most `limit`.
    func items(gold path: String, limit: Int?) throws(EvaluationError) -> [Item]
    /// The document to run the pipeline on.
    func document(for item: Item) -> Document
    /// The outcome of `item`; `prediction` is nil when a stage threw (an empty prediction).
    func outcome(for item: Item, prediction: Document?) -> Outcome
    /// The scores over all outcomes, in gold order.
    func scores(_ outcomes: [Outcome]) -> [EvaluationReport.Group]
}

extension EvaluationTask {
    /// The records of a JSON Lines gold file converted to items.
    func jsonLinesItems(
        _ path: String, limit: Int?, _ item: (GoldRecord) throws(EvaluationError) -> Item
    ) throws(EvaluationError) -> [Item] {
        var items: [Item] = []
        for record in try GoldReader.records(path: path, limit: limit) { items.append(try item(record)) }
        return items
    }
}

/// Rows for a precision / recall / F1 triple.
func precisionRecallRows(_ score: PrecisionRecall, prefix: String = "") -> [EvaluationReport.Row] {
    let keyPrefix = prefix.isEmpty ? "" : prefix.replacingOccurrences(of: " ", with: "_") + "_"
    let labelPrefix = prefix.isEmpty ? "" : prefix + " "
    return [
        .init(keyPrefix + "precision", labelPrefix + "precision", .fraction(score.precision)),
        .init(keyPrefix + "recall", labelPrefix + "recall", .fraction(score.recall)),
        .init(keyPrefix + "f1", labelPrefix + "F1", .fraction(score.f1)),
    ]
}
