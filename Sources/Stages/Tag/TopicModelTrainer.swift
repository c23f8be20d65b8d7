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
        let (weights, biases) = fit(vectors, examples.map(\.label), rows: vocabulary.featureIDs.count, classes: labels.count)
        let largest = weights.reduce(0) { max($0, abs($1)) }
        let step = largest > 0 ? largest / Double(Int16.max) : 1
        return try TopicModel(
            labels: labels, hashBits: settings.hashBits, documentCount: examples.count,
            featureIDs: vocabulary.featureIDs, documentFrequencies: vocabulary.documentFrequencies,
            quantizedWeights: weights.map { Int16(($0 / step).rounded()) }, weightStep: Float(step),
            biases: biases.map { Float($0) })
    }

    /// The averaged weights (by row then class) and biases.
    private func fit(_ vectors: [SparseVector], _ labels: [Int], rows: Int, classes: Int)
        -> ([Double], [Double])
    {
        // The weights are `scale × scaled`, so the L2 shrinkage of all weights
        // at each step is one multiplication.
        var scaled = [Double](repeating: 0, count: rows * classes)
        var scale = 1.0
        var biases = [Double](repeating: 0, count: classes)
        var generator = SeededGenerator(seed: settings.seed)
        var step = 0
        var scores = [Double](repeating: 0, count: classes)
        let rate = settings.learningRate
        let lambda = settings.regularization
        var averageWeights = [Double](repeating: 0, count: rows * classes)
        var averageBiases = [Double](repeating: 0, count: classes)
        for _ in 0..<settings.epochs {
            for index in generator.shuffled(vectors.count) {
                let vector = vectors[index]
                step += 1
                let eta = rate / (1 + rate * lambda * Double(step))
                scaled.withUnsafeMutableBufferPointer { scaled in
                    for label in 0..<classes { scores[label] = biases[label] }
                    for (row, value) in zip(vector.rows, vector.values) {
                        let base = Int(row) * classes
                        for label in 0..<classes { scores[label] += scale * Double(value) * scaled[base + label] }
                    }
                    let probabilities = Softmax.probabilities(scores)
                    scale *= 1 - eta * lambda
                    for label in 0..<classes {
                        let gradient = probabilities[label] - (label == labels[index] ? 1 : 0)
                        biases[label] -= eta * gradient
                        let change = eta * gradient / scale
                        for (row, value) in zip(vector.rows, vector.values) {
                            scaled[Int(row) * classes + label] -= change * Double(value)
                        }
                    }
                }
                if scale < 1e-6 {
                    for index in scaled.indices { scaled[index] *= scale }
                    scale = 1
                }
            }
            let share = scale / Double(settings.epochs)
            for index in averageWeights.indices { averageWeights[index] += scaled[index] * share }
            for label in 0..<classes { averageBiases[label] += biases[label] / Double(settings.epochs) }
        }
        return (averageWeights, averageBiases)
    }
}
