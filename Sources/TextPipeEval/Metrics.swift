import TextPipeCore

/// Precision, recall and F1 from counts.
public struct PrecisionRecall: Sendable, Hashable {
    /// Items predicted and in the gold.
    public var truePositives: Int
    /// Items predicted.
    public var predicted: Int
    /// Items in the gold.
    public var gold: Int

    /// Creates a score from counts.
    public init(truePositives: Int, predicted: Int, gold: Int) {
        self.truePositives = truePositives
        self.predicted = predicted
        self.gold = gold
    }

    /// Share of predictions that are right (1 when nothing was predicted).
    public var precision: Double { predicted == 0 ? 1 : Double(truePositives) / Double(predicted) }
    /// Share of the gold that was found (1 when the gold is empty).
    public var recall: Double { gold == 0 ? 1 : Double(truePositives) / Double(gold) }
    /// Harmonic mean of precision and recall.
    public var f1: Double {
        let sum = precision + recall
        return sum == 0 ? 0 : 2 * precision * recall / sum
    }
}
