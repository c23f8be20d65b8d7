import Foundation

/// Multinomial naive Bayes over the same unit TF-IDF vectors as the
/// softmax regression, as weights that can be blended into it.
///
/// Naive Bayes scores a class by `log P(class) + Σ x_term · log P(term |
/// class)`, which is linear in the vector like the regression's scores. A
/// term's log-probabilities are centred on their mean over the classes: that
/// adds the same amount to every class's score for a text, which changes no
/// probability after the softmax, and keeps the weights near zero like the
/// regression's. Blending the two score sums is then blending their weights,
/// so the blended model costs the tag stage nothing more. On short texts
/// with few training examples per word, naive Bayes is the better judge of
/// rare words and the regression of frequent ones; the blend beats both.
struct NaiveBayesWeights {
    /// Centred log-probabilities, by row then class.
    private(set) var weights: [Double]
    /// Centred log-priors of the classes.
    private(set) var biases: [Double]

    /// Naive Bayes fitted to `vectors` (only rows below `rows` count) with
    /// `labels`, each example's counts times its `weights` entry, with
    /// additive smoothing `smoothing`.
    init(rows: Int, classes: Int, vectors: [SparseVector], labels: [Int], weights exampleWeights: [Double], smoothing: Double) {
        var mass = [Double](repeating: smoothing, count: rows * classes)
        var classMass = [Double](repeating: smoothing * Double(rows), count: classes)
        var priors = [Double](repeating: 0, count: classes)
        for ((vector, label), exampleWeight) in zip(zip(vectors, labels), exampleWeights) {
            priors[label] += exampleWeight
            for (row, value) in zip(vector.rows, vector.values) where Int(row) < rows {
                let share = exampleWeight * Double(value)
                mass[Int(row) * classes + label] += share
                classMass[label] += share
            }
        }
        weights = mass
        for row in 0..<rows {
            let base = row * classes
            for topic in 0..<classes { weights[base + topic] = log(mass[base + topic] / classMass[topic]) }
            let mean = weights[base..<base + classes].reduce(0, +) / Double(classes)
            for topic in 0..<classes { weights[base + topic] -= mean }
        }
        let total = priors.reduce(0, +)
        biases = priors.map { log(max($0, 1e-9) / total) }
        let meanBias = biases.reduce(0, +) / Double(classes)
        biases = biases.map { $0 - meanBias }
    }
}
