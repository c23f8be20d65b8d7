/// An entity as the metric sees it: code-point offsets (end exclusive) and a label.
public struct LabeledSpan: Sendable, Hashable {
    /// Offset of the first Unicode scalar.
    public var start: Int
    /// Offset one past the last Unicode scalar.
    public var end: Int
    /// The textpipe label, such as `PERSON`.
    public var label: String

    /// Creates a labelled span.
    public init(start: Int, end: Int, label: String) {
        self.start = start
        self.end = end
        self.label = label
    }
}

/// Named-entity agreement over the labels the gold set uses.
///
/// Gold labels are mapped to textpipe's (`PER` → `PERSON`, others as named),
/// and only the labels that occur in the gold file are scored: predicted
/// entities with any other label are dropped before matching. The exact score
/// counts a prediction as right when its start, end and label all equal a gold
/// entity's; the span-only score ignores the label. All counts are summed over
/// documents (micro average); the per-label scores split the exact score by
/// label (a prediction counts toward its own label).
public struct EntityScore: Sendable, Hashable {
    /// The labels scored.
    public let labels: Set<String>
    /// Exact span and label, summed over documents.
    public private(set) var exact = PrecisionRecall(truePositives: 0, predicted: 0, gold: 0)
    /// Span only, label ignored.
    public private(set) var spanOnly = PrecisionRecall(truePositives: 0, predicted: 0, gold: 0)
    /// The exact score of each scored label.
    public private(set) var perLabel: [String: PrecisionRecall]

    /// An empty score over `labels` (textpipe names).
    public init(labels: Set<String>) {
        self.labels = labels
        perLabel = Dictionary(uniqueKeysWithValues: labels.map { ($0, PrecisionRecall(truePositives: 0, predicted: 0, gold: 0)) })
    }

    /// The textpipe name of a gold label.
    public static func textpipeLabel(_ goldLabel: String) -> String {
        goldLabel == "PER" ? "PERSON" : goldLabel
    }

    /// Adds one document's entities (gold labels already mapped).
    public mutating func add(predicted: [LabeledSpan], gold: [LabeledSpan]) {
        let predictedSet = Set(predicted.filter { labels.contains($0.label) })
        let goldSet = Set(gold)
        let matched = predictedSet.intersection(goldSet)
        exact.truePositives += matched.count
        exact.predicted += predictedSet.count
        exact.gold += goldSet.count
        for entity in matched { perLabel[entity.label]?.truePositives += 1 }
        for entity in predictedSet { perLabel[entity.label]?.predicted += 1 }
        for entity in goldSet { perLabel[entity.label]?.gold += 1 }
        let predictedSpans = Set(predictedSet.map { [$0.start, $0.end] })
        let goldSpans = Set(goldSet.map { [$0.start, $0.end] })
        spanOnly.truePositives += predictedSpans.intersection(goldSpans).count
        spanOnly.predicted += predictedSpans.count
        spanOnly.gold += goldSpans.count
    }
}
