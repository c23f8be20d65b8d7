import TextPipeCore

/// A model's weights summed once per word type of a document for each part
/// a word plays (itself, and the neighbour before or after a token, one or
/// two away), so that scoring a token adds five such sums and looks up only
/// the few keys of its place (pairs with its neighbours, sentence, document).
/// Most tokens of a document repeat a word seen before it; integer sums make
/// the result exactly that of summing every key of the token.
struct TypeScores {
    /// The parts a word plays for a token, each with its own keys.
    private enum Part: Int, CaseIterable {
        case word, previous, next, secondPrevious, secondNext
    }

    private let model: EntityModel
    private let tagCount: Int
    /// `sums[(type * Part.allCases.count + part) * tagCount + tag]`.
    private let sums: [Int32]
    /// The sums of a missing neighbour, per part (the word part unused).
    private let boundarySums: [Int32]

    init(features: DocumentFeatures, model: EntityModel) {
        self.model = model
        let tagCount = model.tags.count
        self.tagCount = tagCount
        let width = Self.partCount * tagCount
        var sums = [Int32](repeating: 0, count: features.types.count * width)
        sums.withUnsafeMutableBufferPointer { sums in
            for (index, type) in features.types.enumerated() {
                let destination = sums.baseAddress! + index * width
                if let frequent = features.frequentIndexOfType[index] {
                    features.frequentTypes.sums.withUnsafeBufferPointer { known in
                        destination.update(from: known.baseAddress! + frequent * width, count: width)
                    }
                } else {
                    Self.addPartSums(of: type, model: model, into: destination)
                }
            }
        }
        var boundarySums = [Int32](repeating: 0, count: width)
        boundarySums.withUnsafeMutableBufferPointer { sums in
            for part in Part.allCases where part != .word {
                Self.sum(part, of: nil, model: model, into: sums.baseAddress! + part.rawValue * tagCount)
            }
        }
        self.sums = sums
        self.boundarySums = boundarySums
    }

    /// The number of parts, and of sums per word type.
    static var partCount: Int { Part.allCases.count }

    /// The part sums of `types` one after another, as ``init(features:model:)`` lays them out.
    static func partSums(of types: [DocumentFeatures.WordType], model: EntityModel) -> [Int32] {
        let width = partCount * model.tags.count
        var sums = [Int32](repeating: 0, count: types.count * width)
        sums.withUnsafeMutableBufferPointer { sums in
            for (index, type) in types.enumerated() {
                addPartSums(of: type, model: model, into: sums.baseAddress! + index * width)
            }
        }
        return sums
    }

    /// Adds the sums of every part of `type` to `sums`, part after part.
    private static func addPartSums(
        of type: DocumentFeatures.WordType, model: EntityModel, into sums: UnsafeMutablePointer<Int32>
    ) {
        for part in Part.allCases {
            sum(part, of: type, model: model, into: sums + part.rawValue * model.tags.count)
        }
    }

    /// Adds the weights of the keys `type` (nil: a missing neighbour) gives as `part` to `sums`.
    private static func sum(
        _ part: Part, of type: DocumentFeatures.WordType?, model: EntityModel, into sums: UnsafeMutablePointer<Int32>
    ) {
        let add = { (template: FeatureTemplate, value: UInt64) in
            model.addWeights(of: FeatureKey.make(template, value), to: sums)
        }
        switch part {
        case .word: if let type { DocumentFeatures.wordKeys(of: type, add) }
        case .previous: DocumentFeatures.neighbourKeys(of: type, as: DocumentFeatures.asPrevious, add)
        case .next: DocumentFeatures.neighbourKeys(of: type, as: DocumentFeatures.asNext, add)
        case .secondPrevious: DocumentFeatures.secondPreviousWordKeys(of: type, add)
        case .secondNext: DocumentFeatures.secondNextWordKeys(of: type, add)
        }
    }

    /// Sets `scores` (one per tag) to the model's scores of token `index` of
    /// `sentence` (written with `casing`), whose features are `features`.
    func score(
        _ index: Int, in sentence: Range<Int>, casing: SentenceCasing, features: DocumentFeatures,
        into scores: UnsafeMutablePointer<Float>
    ) {
        let tagCount = tagCount
        let parts = Self.partCount
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: tagCount) { total in
            let total = total.baseAddress!
            sums.withUnsafeBufferPointer { sums in
                boundarySums.withUnsafeBufferPointer { boundary in
                    func part(_ part: Part, ofToken token: Int) -> UnsafePointer<Int32> {
                        guard sentence.contains(token) else { return boundary.baseAddress! + part.rawValue * tagCount }
                        return sums.baseAddress! + (Int(features.typeOfToken[token]) * parts + part.rawValue) * tagCount
                    }
                    let word = part(.word, ofToken: index)
                    let previous = part(.previous, ofToken: index - 1)
                    let next = part(.next, ofToken: index + 1)
                    let secondPrevious = part(.secondPrevious, ofToken: index - 2)
                    let secondNext = part(.secondNext, ofToken: index + 2)
                    for tag in 0..<tagCount {
                        total[tag] = word[tag] &+ previous[tag] &+ next[tag] &+ secondPrevious[tag] &+ secondNext[tag]
                    }
                }
            }
            features.placeKeys(of: index, in: sentence, casing: casing) { template, value in
                model.addWeights(of: FeatureKey.make(template, value), to: total)
            }
            model.setScores(from: total, into: scores)
        }
    }
}
