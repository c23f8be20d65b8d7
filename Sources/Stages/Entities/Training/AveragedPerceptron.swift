/// The weights of a structured perceptron being trained, with the sums that
/// give their average over all updates (the averaged perceptron: far less
/// sensitive to the order of the examples than the last weights).
///
/// Averaging uses the usual trick: alongside each weight `w`, keep `u`, the
/// sum of each change times the step it happened at; the average after `c`
/// steps is `w - u / c`.
struct AveragedPerceptron {
    let tags: TagSet
    private(set) var weights: [Float]
    private var weighted: [Double]
    private(set) var transitions: [Float]
    private var weightedTransitions: [Double]
    /// Transitions with forbidden pairs blocked, refreshed after each change.
    private(set) var constrainedTransitions: [Float]
    private var step: Double = 1

    init(tags: TagSet, featureCount: Int) {
        self.tags = tags
        weights = [Float](repeating: 0, count: featureCount * tags.count)
        weighted = [Double](repeating: 0, count: featureCount * tags.count)
        transitions = [Float](repeating: 0, count: (tags.count + 1) * tags.count)
        weightedTransitions = [Double](repeating: 0, count: transitions.count)
        constrainedTransitions = zip(transitions, tags.allowed).map { $1 ? $0 : EntityModel.forbidden }
    }

    /// Scores of each tag for the tokens `tokens` of `set`, `scores[token * tags + tag]`,
    /// leaving out the feature occurrences `dropped` marks (indexed from the sentence's first).
    func scores(of tokens: Range<Int>, in set: TrainingSet, dropped: [Bool]) -> [Float] {
        let first = set.tokenStarts[tokens.lowerBound]
        let tagCount = tags.count
        var scores = [Float](repeating: 0, count: tokens.count * tagCount)
        scores.withUnsafeMutableBufferPointer { scores in
            weights.withUnsafeBufferPointer { weights in
                for token in tokens {
                    let base = scores.baseAddress! + (token - tokens.lowerBound) * tagCount
                    for position in set.tokenStarts[token]..<set.tokenStarts[token + 1] where !dropped[position - first] {
                        let row = weights.baseAddress! + Int(set.featureRows[position]) * tagCount
                        for tag in 0..<tagCount { base[tag] += row[tag] }
                    }
                    set.restrictions[token].apply(to: base, tagCount: tagCount)
                }
            }
        }
        return scores
    }

    /// Moves the weights from the predicted tags toward the `gold` ones for one
    /// sentence (both indexed from the sentence's first token).
    mutating func update(tokens: Range<Int>, in set: TrainingSet, gold goldTags: [Int], predicted: [Int], dropped: [Bool]) {
        let first = set.tokenStarts[tokens.lowerBound]
        let tagCount = tags.count
        let start = tagCount
        var changedTransitions = false
        for token in tokens {
            let offset = token - tokens.lowerBound
            let gold = goldTags[offset]
            let guess = predicted[offset]
            if gold != guess {
                for position in set.tokenStarts[token]..<set.tokenStarts[token + 1] where !dropped[position - first] {
                    let row = Int(set.featureRows[position]) * tagCount
                    change(row + gold, by: 1)
                    change(row + guess, by: -1)
                }
            }
            let previousGold = offset == 0 ? start : goldTags[offset - 1]
            let previousGuess = offset == 0 ? start : predicted[offset - 1]
            if previousGold != previousGuess || gold != guess {
                changeTransition(previousGold * tagCount + gold, by: 1)
                changeTransition(previousGuess * tagCount + guess, by: -1)
                changedTransitions = true
            }
        }
        if changedTransitions {
            constrainedTransitions = zip(transitions, tags.allowed).map { $1 ? $0 : EntityModel.forbidden }
        }
    }

    /// Marks the end of one example: later changes count for less in the average.
    mutating func advance() { step += 1 }

    @inline(__always)
    private mutating func change(_ index: Int, by amount: Float) {
        weights[index] += amount
        weighted[index] += step * Double(amount)
    }

    private mutating func changeTransition(_ index: Int, by amount: Float) {
        transitions[index] += amount
        weightedTransitions[index] += step * Double(amount)
    }

    /// The averaged weights: `tags.count` per feature row, then the transitions.
    func averagedWeights() -> (features: [Float], transitions: [Float]) {
        let features = zip(weights, weighted).map { Float(Double($0) - $1 / step) }
        return (features, zip(transitions, weightedTransitions).map { Float(Double($0) - $1 / step) })
    }

    /// A model over `keys` (one per row) from the mean of the averaged weights
    /// of `members` (perceptrons trained on the same features), leaving out
    /// features whose mean weights all stay under `threshold` in size; the
    /// features were made with `caseProfile` and `clusters`; `frequentWords` go with it.
    static func meanModel(
        of members: [AveragedPerceptron], keys: [UInt32], threshold: Float, caseProfile: CaseProfile,
        clusters: WordClusters, frequentWords: [[UInt8]]
    ) -> EntityModel {
        let tags = members[0].tags
        let tagCount = tags.count
        var features = [Float](repeating: 0, count: keys.count * tagCount)
        var transitions = [Float](repeating: 0, count: members[0].transitions.count)
        let share = 1 / Float(members.count)
        for member in members {
            let averaged = member.averagedWeights()
            for index in features.indices { features[index] += averaged.features[index] * share }
            for index in transitions.indices { transitions[index] += averaged.transitions[index] * share }
        }
        var keptKeys: [UInt32] = []
        var keptWeights: [Float] = []
        for (row, key) in keys.enumerated() {
            let weights = features[row * tagCount..<(row + 1) * tagCount]
            let largest = weights.lazy.map(abs).max() ?? 0
            guard largest >= threshold, largest > 0 else { continue }
            keptKeys.append(key)
            keptWeights.append(contentsOf: weights)
        }
        return EntityModel(
            labels: tags.labels, keys: keptKeys, weights: keptWeights, transitions: transitions,
            caseProfile: caseProfile, clusters: clusters, frequentWords: frequentWords)
    }
}
