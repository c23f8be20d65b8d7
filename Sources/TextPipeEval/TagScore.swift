/// Topic agreement: the first predicted tag against the gold category.
///
/// `accuracy` is the share of documents whose first tag's name equals the
/// gold category (a document with no tag counts as wrong). Macro-F1 averages,
/// over the categories that occur in the gold, each category's F1 with true
/// positives = documents of that category whose first tag is it, predicted =
/// documents whose first tag is it, gold = documents of that category.
public struct TagScore: Sendable, Hashable {
    /// One kind of mistake: documents of `gold` whose first tag was `predicted` (nil: no tag).
    public struct Confusion: Sendable, Hashable {
        /// The gold category.
        public var gold: String
        /// The first tag predicted, nil when there was none.
        public var predicted: String?
        /// How many documents.
        public var count: Int
    }

    private var pairs: [Pair: Int] = [:]
    /// Documents added.
    public private(set) var documents = 0

    private struct Pair: Hashable, Sendable {
        var gold: String
        var predicted: String?
    }

    /// An empty score.
    public init() {}

    /// Adds one document: its first predicted tag (nil when none) and its gold category.
    public mutating func add(predicted: String?, gold: String) {
        pairs[Pair(gold: gold, predicted: predicted), default: 0] += 1
        documents += 1
    }

    /// Share of documents whose first tag is their category (0 with no documents).
    public var accuracy: Double {
        documents == 0 ? 0 : Double(pairs.filter { $0.key.gold == $0.key.predicted }.values.reduce(0, +)) / Double(documents)
    }

    /// The score of each gold category, by name.
    public var perCategory: [String: PrecisionRecall] {
        var scores: [String: PrecisionRecall] = [:]
        for category in Set(pairs.keys.map(\.gold)) {
            scores[category] = PrecisionRecall(
                truePositives: pairs[Pair(gold: category, predicted: category)] ?? 0,
                predicted: count { $0.predicted == category },
                gold: count { $0.gold == category })
        }
        return scores
    }

    /// Mean F1 over the gold categories (0 with no documents).
    public var macroF1: Double {
        let scores = perCategory
        return scores.isEmpty ? 0 : scores.keys.sorted().reduce(0) { $0 + scores[$1]!.f1 } / Double(scores.count)
    }

    /// The most frequent mistakes, most frequent first (ties by gold, then predicted name).
    public func confusions(top limit: Int) -> [Confusion] {
        let mistakes = pairs.filter { $0.key.gold != $0.key.predicted }.map {
            Confusion(gold: $0.key.gold, predicted: $0.key.predicted, count: $0.value)
        }
        let ordered = mistakes.sorted {
            ($1.count, $0.gold, $0.predicted ?? "") < ($0.count, $1.gold, $1.predicted ?? "")
        }
        return Array(ordered.prefix(limit))
    }

    private func count(where matches: (Pair) -> Bool) -> Int {
        pairs.filter { matches($0.key) }.values.reduce(0, +)
    }
}
