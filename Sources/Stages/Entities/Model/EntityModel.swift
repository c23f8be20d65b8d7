import Foundation
import TextPipeCore

/// A trained sequence labeller for names: a weight per feature key and tag,
/// a weight per pair of neighbouring tags, and the mapping from score
/// margins to confidences. Immutable and shared by all workers.
public struct EntityModel: Sendable {
    /// The BILOU tags over the model's labels.
    let tags: TagSet
    /// Open-addressing table of feature keys (0 = empty slot) and, per slot, the feature's row.
    private let slots: [UInt32]
    private let slotRows: [Int32]
    private let slotMask: Int
    /// The feature keys in row order.
    let keys: [UInt32]
    /// `weights[row * tags.count + tag]`.
    let weights: [Float]
    /// `transitions[previous * tags.count + next]`, row `tags.count` for the sentence
    /// start; as trained, without the BILOU constraints.
    let transitions: [Float]
    /// The transitions with forbidden pairs at ``forbidden``: what decoding uses.
    let constrainedTransitions: [Float]
    /// A confidence is `1 / (1 + exp(-(slope * margin + intercept)))`.
    let confidenceSlope: Float
    let confidenceIntercept: Float

    /// The score of impossible tag sequences.
    static let forbidden: Float = -1e30

    /// The labels the model assigns.
    public var labels: [EntityLabel] { tags.labels }
    /// The number of features with weights.
    public var featureCount: Int { keys.count }

    /// A model from its parts; `weights` holds `keys.count` rows of one weight per tag.
    init(
        labels: [EntityLabel], keys: [UInt32], weights: [Float], transitions: [Float],
        confidenceSlope: Float = 1, confidenceIntercept: Float = 0
    ) {
        let tags = TagSet(labels: labels)
        precondition(weights.count == keys.count * tags.count && transitions.count == (tags.count + 1) * tags.count)
        self.tags = tags
        self.keys = keys
        self.weights = weights
        self.transitions = transitions
        self.confidenceSlope = confidenceSlope
        self.confidenceIntercept = confidenceIntercept
        constrainedTransitions = zip(transitions, tags.allowed).map { $1 ? $0 : Self.forbidden }
        var size = 16
        while size < keys.count * 2 { size <<= 1 }
        var slots = [UInt32](repeating: 0, count: size)
        var slotRows = [Int32](repeating: -1, count: size)
        for (row, key) in keys.enumerated() {
            var slot = Int(key) & (size - 1)
            while slots[slot] != 0 && slots[slot] != key { slot = (slot + 1) & (size - 1) }
            slots[slot] = key
            slotRows[slot] = Int32(row)
        }
        self.slots = slots
        self.slotRows = slotRows
        slotMask = size - 1
    }

    /// The same weights with another confidence mapping.
    func withConfidence(slope: Float, intercept: Float) -> EntityModel {
        EntityModel(
            labels: labels, keys: keys, weights: weights, transitions: transitions,
            confidenceSlope: slope, confidenceIntercept: intercept)
    }

    /// The row of a feature key, or nil when the model has no weights for it.
    @inline(__always)
    func row(of key: UInt32) -> Int? {
        var slot = Int(key) & slotMask
        while true {
            let stored = slots[slot]
            if stored == key { return Int(slotRows[slot]) }
            if stored == 0 { return nil }
            slot = (slot + 1) & slotMask
        }
    }

    /// Adds the weights of `keys` to `scores` (one per tag).
    @inline(__always)
    func addWeights(of keys: UnsafeBufferPointer<UInt32>, to scores: UnsafeMutablePointer<Float>) {
        let tagCount = tags.count
        weights.withUnsafeBufferPointer { weights in
            for key in keys {
                guard let row = row(of: key) else { continue }
                let base = weights.baseAddress! + row * tagCount
                for tag in 0..<tagCount { scores[tag] += base[tag] }
            }
        }
    }

    /// The confidence of an entity whose best competing labelling scores `margin` less.
    func confidence(margin: Float) -> Double {
        let logit = Double(confidenceSlope * margin + confidenceIntercept)
        return 1 / (1 + exp(-logit))
    }
}
