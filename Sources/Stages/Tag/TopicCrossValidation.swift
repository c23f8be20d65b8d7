/// K-fold cross-validation of a ``TopicModelTrainer``: each fold is
/// predicted by a model trained on the other folds.
///
/// Folds are stratified round robin in input order: the i-th example of
/// each label (counting in input order) goes to fold `i mod K`, so every fold
/// has each label's share and the split never depends on chance.
public struct TopicCrossValidation: Sendable {
    /// One example's outcome.
    public struct Prediction: Sendable, Hashable {
        /// The fold the example was held out in.
        public var fold: Int
        /// The label predicted by the model that did not see it; nil when it
        /// knew none of its terms or found the text off-topic.
        public var predicted: Int?
    }

    /// How many folds.
    public var folds: Int

    /// A cross-validation with `folds` folds (at least 2).
    public init(folds: Int) {
        precondition(folds >= 2, "cross-validation needs two or more folds")
        self.folds = folds
    }

    /// The fold of each example with the given labels.
    public func foldAssignment(labels: [Int]) -> [Int] {
        var seen: [Int: Int] = [:]
        return labels.map { label in
            defer { seen[label, default: 0] += 1 }
            return seen[label, default: 0] % folds
        }
    }

    /// The held-out prediction of each example, in input order, none for
    /// texts whose evidence is below `minimumEvidence` (see
    /// ``TopicEvidence``); `progress` is called with each fold number before
    /// it is trained.
    public func predictions(
        labels: [String], examples: [TopicModelTrainer.Example], trainer: TopicModelTrainer,
        minimumEvidence: Double = 0, progress: (Int) -> Void = { _ in }
    ) throws -> [Prediction] {
        let assignment = foldAssignment(labels: examples.map(\.label))
        var predictions = assignment.map { Prediction(fold: $0, predicted: nil) }
        for fold in 0..<folds {
            progress(fold)
            let training = examples.indices.filter { assignment[$0] != fold }.map { examples[$0] }
            let model = try trainer.train(labels: labels, examples: training)
            for index in examples.indices where assignment[index] == fold {
                guard let reading = model.reading(of: examples[index].terms),
                    !reading.isOffTopic(minimumEvidence: minimumEvidence)
                else { continue }
                predictions[index].predicted = Self.best(reading.probabilities)
            }
        }
        return predictions
    }

    /// The index of the highest probability (the first on ties).
    static func best(_ probabilities: [Double]) -> Int {
        probabilities.indices.max { probabilities[$0] < probabilities[$1] || (probabilities[$0] == probabilities[$1] && $0 > $1) }!
    }
}
