import TextPipeCore

/// Exact span-and-label agreement with gold entities, over the labels the gold
/// set uses (predictions with other labels are ignored), summed over
/// documents: the measure of `textpipe eval entities`.
public struct DevScores: Sendable {
    /// Counts for one label, or for all together.
    public struct Counts: Sendable, Hashable {
        public var correct = 0
        public var predicted = 0
        public var gold = 0

        public var precision: Double { predicted == 0 ? 0 : Double(correct) / Double(predicted) }
        public var recall: Double { gold == 0 ? 0 : Double(correct) / Double(gold) }
        public var f1: Double {
            precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
        }
    }

    /// All scored labels together.
    public private(set) var overall = Counts()
    /// Each scored label, in label order.
    public private(set) var perLabel: [EntityLabel: Counts] = [:]

    /// Empty scores over `labels`: the labels the whole gold set uses.
    public init(labels: Set<EntityLabel>) {
        for label in labels { perLabel[label] = Counts() }
    }

    /// Adds one document's predicted and gold entities (gold labels already textpipe's); other labels are ignored.
    public mutating func add(predicted: [Entity], gold: [Entity]) {
        let goldSet = Set(gold.filter { perLabel[$0.label] != nil }.map { LabeledSpan($0) })
        let predictedSet = Set(predicted.filter { perLabel[$0.label] != nil }.map { LabeledSpan($0) })
        for entity in predictedSet {
            perLabel[entity.label]!.predicted += 1
            if goldSet.contains(entity) { perLabel[entity.label]!.correct += 1 }
        }
        for entity in goldSet { perLabel[entity.label]!.gold += 1 }
        overall.predicted += predictedSet.count
        overall.gold += goldSet.count
        overall.correct += predictedSet.intersection(goldSet).count
    }

    /// One line: overall and per-label P/R/F1.
    public var summary: String {
        let labels = perLabel.keys.sorted().map { label in
            "\(label) \(Self.format(perLabel[label]!))"
        }
        return "F1 \(Self.percent(overall.f1)) (P \(Self.percent(overall.precision)) R \(Self.percent(overall.recall)))"
            + "; " + labels.joined(separator: ", ")
    }

    private static func format(_ counts: Counts) -> String {
        "\(percent(counts.precision))/\(percent(counts.recall))/\(percent(counts.f1))"
    }

    private static func percent(_ value: Double) -> String {
        let tenths = Int((value * 1000).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }

    private struct LabeledSpan: Hashable {
        var span: Span
        var label: EntityLabel

        init(_ entity: Entity) {
            span = entity.span
            label = entity.label
        }
    }
}
