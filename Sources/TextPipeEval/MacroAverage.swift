/// Precision, recall and F1 averaged over documents (each document weighs the
/// same, however long it is).
public struct MacroAverage: Sendable, Hashable {
    private var precisionSum = 0.0
    private var recallSum = 0.0
    private var f1Sum = 0.0
    /// The number of documents added.
    public private(set) var count = 0

    /// An empty average.
    public init() {}

    /// Adds one document's score.
    public mutating func add(_ score: PrecisionRecall) {
        precisionSum += score.precision
        recallSum += score.recall
        f1Sum += score.f1
        count += 1
    }

    /// Mean precision (0 with no documents).
    public var precision: Double { mean(precisionSum) }
    /// Mean recall (0 with no documents).
    public var recall: Double { mean(recallSum) }
    /// Mean F1 (0 with no documents).
    public var f1: Double { mean(f1Sum) }

    private func mean(_ sum: Double) -> Double { count == 0 ? 0 : sum / Double(count) }
}
