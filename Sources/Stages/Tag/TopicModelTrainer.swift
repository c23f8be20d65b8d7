import Foundation
import TextPipeCore

/// Trains a ``TopicModel``: softmax regression on TF-IDF vectors by
/// averaged stochastic gradient descent with L2 regularisation. The model's
/// weights are the mean of the weights at the end of each epoch, which
/// smooths the last noisy steps of plain SGD.
///
/// Training is deterministic: the vocabulary is sorted, the examples are
/// visited in an order drawn from a fixed seed, and the number of epochs is
/// fixed, so the same examples and settings always give the same model.
public struct TopicModelTrainer: Sendable {
    /// How to train.
    public struct Settings: Sendable, Hashable {
        /// Bits of the feature ids.
        public var hashBits = 20
        /// Terms found in fewer training documents are left out of the vocabulary.
        public var minDocumentFrequency = 2
        /// Passes over the training examples.
        public var epochs = 20
        /// The step size at the start of training.
        public var learningRate = 4.0
        /// The strength of the L2 penalty on the weights.
        public var regularization = 1e-4
        /// Seeds the order in which examples are visited.
        public var seed: UInt64 = 1

        /// The default settings.
        public init() {}
    }

    /// One training document: its terms and the index of its label.
    public struct Example: Sendable {
        /// The document's terms, with the trainer's hash bits.
        public var terms: TopicTerms
        /// Index into the labels given to ``train(labels:examples:)``.
        public var label: Int

        /// Creates an example.
        public init(terms: TopicTerms, label: Int) {
            self.terms = terms
            self.label = label
        }
    }

    /// The settings.
    public var settings: Settings

    /// A trainer with `settings`.
    public init(settings: Settings = Settings()) { self.settings = settings }

    /// The model fitted to `examples`; throws ``StageError`` when there is nothing to learn from.
    public func train(labels: [String], examples: [Example]) throws -> TopicModel {
        guard !examples.isEmpty else { throw StageError("no training examples") }
        let vocabulary = Vocabulary(examples: examples, hashBits: settings.hashBits, minimum: settings.minDocumentFrequency)
        let vectors = examples.map { vocabulary.vector(of: $0.terms) }
        var regression = SoftmaxRegression(rows: vocabulary.featureIDs.count, classes: labels.count)
        regression.fit(vectors, labels: examples.map(\.label), settings: settings)
        let (weights, biases) = (regression.weights, regression.biases)
        let largest = weights.reduce(0) { max($0, abs($1)) }
        let step = largest > 0 ? largest / Double(Int16.max) : 1
        return try TopicModel(
            labels: labels, hashBits: settings.hashBits, documentCount: examples.count,
            featureIDs: vocabulary.featureIDs, documentFrequencies: vocabulary.documentFrequencies,
            quantizedWeights: weights.map { Int16(($0 / step).rounded()) }, weightStep: Float(step),
            biases: biases.map { Float($0) })
    }
}
