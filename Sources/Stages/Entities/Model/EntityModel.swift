import Foundation
import TextPipeCore

/// A trained sequence labeller for names: a weight per feature key and tag,
/// a weight per pair of neighbouring tags, and the mapping from score
/// margins to confidences. Immutable and shared by all workers.
///
/// Feature weights are stored as 16-bit integers times one step, and summed
/// as 32-bit integers (exact in any order) before one conversion to float.
public struct EntityModel: Sendable {
    /// A slot of the feature table: a key (0 = empty) and its row.
    private struct Slot {
        var key: UInt32
        var row: Int32
    }

    /// The BILOU tags over the model's labels.
    let tags: TagSet
    /// Open-addressing table from feature keys to rows.
    private let slots: [Slot]
    private let slotMask: Int
    /// The feature keys in row order.
    let keys: [UInt32]
    /// `quantizedWeights[row * tags.count + tag] * weightStep` is a weight.
    /// Kept at 16 bits and widened as they are summed: the table is half the
    /// size in the processor's cache.
    let quantizedWeights: [Int16]
    let weightStep: Float
    /// `transitions[previous * tags.count + next]`, row `tags.count` for the sentence
    /// start; as trained, without the BILOU constraints.
    let transitions: [Float]
    /// The transitions with forbidden pairs at ``forbidden``: what decoding uses.
    let constrainedTransitions: [Float]
    /// A confidence is `1 / (1 + exp(-(slope * margin + intercept)))`, one
    /// slope and intercept per label: the same margin means less for a label
    /// the model often gets wrong.
    let confidenceSlopes: [Float]
    let confidenceIntercepts: [Float]
    /// How words are usually written, learnt with the weights (a feature).
    let caseProfile: CaseProfile
    /// The word clusters the features were made with (empty for older models).
    let clusters: WordClusters
    /// The tokens most frequent in the training text, as written, most frequent
    /// first: their features are found once per stage (see ``FrequentTypes``).
    let frequentWords: [[UInt8]]

    /// The score of impossible tag sequences.
    static let forbidden: Float = -1e30

    /// The labels the model assigns.
    public var labels: [EntityLabel] { tags.labels }
    /// The number of features with weights.
    public var featureCount: Int { keys.count }

    /// A model from float weights, `keys.count` rows of one weight per tag.
    init(
        labels: [EntityLabel], keys: [UInt32], weights: [Float], transitions: [Float], caseProfile: CaseProfile,
        clusters: WordClusters, frequentWords: [[UInt8]] = []
    ) {
        let largest = weights.lazy.map(abs).max() ?? 0
        let step = largest > 0 ? largest / Float(Int16.max) : 1
        self.init(
            labels: labels, keys: keys, quantizedWeights: weights.map { Int16(($0 / step).rounded()) },
            weightStep: step, transitions: transitions,
            confidenceSlopes: labels.map { _ in 1 }, confidenceIntercepts: labels.map { _ in 0 },
            caseProfile: caseProfile, clusters: clusters, frequentWords: frequentWords)
    }

    /// A model from its stored parts.
    init(
        labels: [EntityLabel], keys: [UInt32], quantizedWeights: [Int16], weightStep: Float, transitions: [Float],
        confidenceSlopes: [Float], confidenceIntercepts: [Float], caseProfile: CaseProfile, clusters: WordClusters,
        frequentWords: [[UInt8]] = []
    ) {
        let tags = TagSet(labels: labels)
        precondition(
            quantizedWeights.count == keys.count * tags.count && transitions.count == (tags.count + 1) * tags.count
                && confidenceSlopes.count == labels.count && confidenceIntercepts.count == labels.count)
        self.tags = tags
        self.keys = keys
        self.quantizedWeights = quantizedWeights
        self.weightStep = weightStep
        self.transitions = transitions
        self.confidenceSlopes = confidenceSlopes
        self.confidenceIntercepts = confidenceIntercepts
        self.caseProfile = caseProfile
        self.clusters = clusters
        self.frequentWords = frequentWords
        constrainedTransitions = zip(transitions, tags.allowed).map { $1 ? $0 : Self.forbidden }
        var size = 16
        while size < keys.count * 2 { size <<= 1 }
        var slots = [Slot](repeating: Slot(key: 0, row: -1), count: size)
        for (row, key) in keys.enumerated() {
            var slot = Int(key) & (size - 1)
            while slots[slot].key != 0 && slots[slot].key != key { slot = (slot + 1) & (size - 1) }
            slots[slot] = Slot(key: key, row: Int32(row))
        }
        self.slots = slots
        slotMask = size - 1
    }

    /// The same weights with another confidence mapping, a slope and intercept per label.
    func withConfidence(slopes: [Float], intercepts: [Float]) -> EntityModel {
        EntityModel(
            labels: labels, keys: keys, quantizedWeights: quantizedWeights, weightStep: weightStep,
            transitions: transitions, confidenceSlopes: slopes, confidenceIntercepts: intercepts,
            caseProfile: caseProfile, clusters: clusters, frequentWords: frequentWords)
    }

    /// The row of a feature key, or nil when the model has no weights for it.
    @inline(__always)
    func row(of key: UInt32) -> Int? {
        slots.withUnsafeBufferPointer { slots in
            var slot = Int(key) & slotMask
            while true {
                let stored = slots[slot]
                if stored.key == key { return Int(stored.row) }
                if stored.key == 0 { return nil }
                slot = (slot + 1) & slotMask
            }
        }
    }

    /// Sets `scores` (one per tag) to the summed weights of `keys`.
    @inline(__always)
    func score(_ keys: UnsafeBufferPointer<UInt32>, into scores: UnsafeMutablePointer<Float>) {
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: tags.count) { sums in
            let sums = sums.baseAddress!
            sums.initialize(repeating: 0, count: tags.count)
            for key in keys { addWeights(of: key, to: sums) }
            setScores(from: sums, into: scores)
        }
    }

    /// Adds the weights of feature `key` (none when the model has no
    /// weights for it) to `sums`, one per tag. Integer sums are exact in any order.
    @inline(__always)
    func addWeights(of key: UInt32, to sums: UnsafeMutablePointer<Int32>) {
        guard let row = row(of: key) else { return }
        let tagCount = tags.count
        quantizedWeights.withUnsafeBufferPointer { weights in
            let base = weights.baseAddress! + row * tagCount
            var tag = 0
            // Sixteen at a time where the row is long enough (four labels: 17 tags).
            while tag + 16 <= tagCount {
                let row = SIMD16<Int32>(
                    truncatingIfNeeded: UnsafeRawPointer(base + tag).loadUnaligned(as: SIMD16<Int16>.self))
                let sum = UnsafeRawPointer(sums + tag).loadUnaligned(as: SIMD16<Int32>.self) &+ row
                UnsafeMutableRawPointer(sums + tag).storeBytes(of: sum, as: SIMD16<Int32>.self)
                tag += 16
            }
            while tag < tagCount {
                sums[tag] &+= Int32(base[tag])
                tag += 1
            }
        }
    }

    /// Sets `scores` (one per tag) to the weights summed in `sums`.
    @inline(__always)
    func setScores(from sums: UnsafePointer<Int32>, into scores: UnsafeMutablePointer<Float>) {
        for tag in 0..<tags.count { scores[tag] = Float(sums[tag]) * weightStep }
    }

    /// The confidence of a name with label index `label` whose best competing
    /// labelling scores `margin` less.
    func confidence(margin: Float, label: Int) -> Double {
        let logit = Double(confidenceSlopes[label] * margin + confidenceIntercepts[label])
        return 1 / (1 + exp(-logit))
    }
}
