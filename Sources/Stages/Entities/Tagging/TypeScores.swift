import TextPipeCore

/// A model's weights summed once per word type of a document for each part
/// a word plays (itself, and the neighbour before or after a token, one or
/// two away), so that scoring a token adds five such sums and looks up only
/// the few keys of its place (pairs with its neighbours, sentence, document).
/// Most tokens of a document repeat a word seen before it; integer sums make
/// the result exactly that of summing every key of the token.
///
/// A type's sums are made when a token that needs them is first scored, so
/// words only in stretches the tagger never scores cost nothing; the model's
/// frequent words have theirs made once per stage (see ``FrequentTypes``).
struct TypeScores {
    /// The parts a word plays for a token, each with its own keys.
    private enum Part: Int, CaseIterable {
        case word, previous, next, secondPrevious, secondNext
    }

    private let model: EntityModel
    private let tagCount: Int
    /// The part sums of the model's frequent words (see ``FrequentTypes/sums``).
    private let frequentSums: [Int32]
    /// Where each word type's part sums begin: at or after 0 in
    /// ``frequentSums``, else at `-1 - location` in ``documentSums``;
    /// ``notSummed`` until they are made.
    private var location: [Int]
    /// The part sums of the document's other words, in the order they were made.
    private var documentSums: [Int32] = []
    /// The sums of a missing neighbour, per part (the word part unused).
    private let boundarySums: [Int32]
    /// Zeros for one word type's sums, appended to ``documentSums`` to make a type's.
    private let zeroSums: [Int32]
    private static let notSummed = Int.min

    init(features: DocumentFeatures, model: EntityModel) {
        self.model = model
        let tagCount = model.tags.count
        self.tagCount = tagCount
        let width = Self.partCount * tagCount
        frequentSums = features.frequentTypes.sums
        location = (0..<features.typeCount).map { features.frequentIndex(ofType: $0).map { $0 * width } ?? Self.notSummed }
        var boundarySums = [Int32](repeating: 0, count: width)
        boundarySums.withUnsafeMutableBufferPointer { sums in
            for part in Part.allCases where part != .word {
                Self.sum(part, of: nil, model: model, into: sums.baseAddress! + part.rawValue * tagCount)
            }
        }
        self.boundarySums = boundarySums
        zeroSums = [Int32](repeating: 0, count: width)
        // Room for every other word's sums, so that making them never copies the table.
        documentSums.reserveCapacity(location.lazy.filter { $0 == Self.notSummed }.count * width)
    }

    /// Makes the part sums of the word of token `index` unless they are made.
    @inline(__always)
    private mutating func sumType(ofToken index: Int, features: DocumentFeatures) {
        let type = Int(features.typeOfToken[index])
        guard location[type] == Self.notSummed else { return }
        let start = documentSums.count
        documentSums += zeroSums
        documentSums.withUnsafeMutableBufferPointer { sums in
            Self.addPartSums(of: features.featureType(type), model: model, into: sums.baseAddress! + start)
        }
        location[type] = -1 - start
    }

    /// The number of parts, and of sums per word type.
    static var partCount: Int { Part.allCases.count }

    /// The part sums of `types` one after another, each part after part: the
    /// layout of both tables of sums.
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
    mutating func score(
        _ index: Int, in sentence: Range<Int>, casing: SentenceCasing, features: DocumentFeatures,
        into scores: UnsafeMutablePointer<Float>
    ) {
        let near = max(sentence.lowerBound, index - 2)..<min(sentence.upperBound, index + 3)
        for token in near { sumType(ofToken: token, features: features) }
        let tagCount = tagCount
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: tagCount) { total in
            let total = total.baseAddress!
            frequentSums.withUnsafeBufferPointer { frequent in
                documentSums.withUnsafeBufferPointer { document in
                    boundarySums.withUnsafeBufferPointer { boundary in
                        func part(_ part: Part, ofToken token: Int) -> UnsafePointer<Int32> {
                            guard near.contains(token) else { return boundary.baseAddress! + part.rawValue * tagCount }
                            let start = location[Int(features.typeOfToken[token])]
                            let sums = start >= 0 ? frequent.baseAddress! + start : document.baseAddress! + (-1 - start)
                            return sums + part.rawValue * tagCount
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
            }
            features.placeKeys(of: index, in: sentence, casing: casing) { template, value in
                model.addWeights(of: FeatureKey.make(template, value), to: total)
            }
            model.setScores(from: total, into: scores)
        }
    }
}
