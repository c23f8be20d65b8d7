import TextPipeCore
import Foundation

/// Softmax regression fitted by averaged stochastic gradient descent with L2
/// regularisation; the weights it keeps are the mean of the weights at the
/// end of each epoch.
///
/// The loops work on unsafe buffers: training runs in debug builds too
/// (cross-validation in the tests), where array accesses cost many times more.
struct SoftmaxRegression {
    let rows: Int
    let classes: Int
    /// The averaged weights, by row then class.
    private(set) var weights: [Double]
    /// The averaged bias of each class.
    private(set) var biases: [Double]

    init(rows: Int, classes: Int) {
        self.rows = rows
        self.classes = classes
        weights = [Double](repeating: 0, count: rows * classes)
        biases = [Double](repeating: 0, count: classes)
    }

    /// Fits the weights to `vectors` with the given `labels`, each example's
    /// gradient times its `weights` entry.
    mutating func fit(
        _ vectors: [SparseVector], labels: [Int], weights exampleWeights: [Double], settings: TopicModelTrainer.Settings
    ) {
        // The current weights are `scale × scaled`, so the L2 shrinkage of
        // every weight at each step is one multiplication.
        var scaled = [Double](repeating: 0, count: rows * classes)
        var scale = 1.0
        var current = [Double](repeating: 0, count: classes)
        var scores = [Double](repeating: 0, count: classes)
        var generator = SeededGenerator(seed: settings.seed)
        let rate = settings.learningRate
        let lambda = settings.regularization
        let epochShare = 1 / Double(settings.epochs)
        var step = 0
        let classes = classes
        for _ in 0..<settings.epochs {
            for index in generator.shuffled(vectors.count) {
                step += 1
                let eta = rate / (1 + rate * lambda * Double(step))
                let vector = vectors[index]
                let label = labels[index]
                let exampleWeight = exampleWeights[index]
                scaled.withUnsafeMutableBufferPointer { scaled in
                    current.withUnsafeMutableBufferPointer { current in
                        scores.withUnsafeMutableBufferPointer { scores in
                            vector.rows.withUnsafeBufferPointer { rows in
                                vector.values.withUnsafeBufferPointer { values in
                                    for topic in 0..<classes { scores[topic] = 0 }
                                    for entry in 0..<rows.count {
                                        let base = Int(rows[entry]) * classes
                                        let value = Double(values[entry])
                                        for topic in 0..<classes { scores[topic] += value * scaled[base + topic] }
                                    }
                                    for topic in 0..<classes { scores[topic] = scale * scores[topic] + current[topic] }
                                    Self.softmax(scores)
                                    scale *= 1 - eta * lambda
                                    for topic in 0..<classes {
                                        let gradient = (scores[topic] - (topic == label ? 1 : 0)) * exampleWeight
                                        current[topic] -= eta * gradient
                                        let change = eta * gradient / scale
                                        for entry in 0..<rows.count {
                                            scaled[Int(rows[entry]) * classes + topic] -= change * Double(values[entry])
                                        }
                                    }
                                }
                            }
                        }
                    }
                    if scale < 1e-6 {
                        for index in 0..<scaled.count { scaled[index] *= scale }
                        scale = 1
                    }
                }
            }
            weights.withUnsafeMutableBufferPointer { weights in
                scaled.withUnsafeBufferPointer { scaled in
                    let share = scale * epochShare
                    for index in 0..<weights.count { weights[index] += scaled[index] * share }
                }
            }
            for topic in 0..<classes { biases[topic] += current[topic] * epochShare }
        }
    }

    /// Replaces scores by their softmax probabilities, without overflow.
    private static func softmax(_ scores: UnsafeMutableBufferPointer<Double>) {
        var highest = -Double.infinity
        for index in 0..<scores.count { highest = max(highest, scores[index]) }
        var total = 0.0
        for index in 0..<scores.count {
            scores[index] = exp(scores[index] - highest)
            total += scores[index]
        }
        for index in 0..<scores.count { scores[index] /= total }
    }
}
