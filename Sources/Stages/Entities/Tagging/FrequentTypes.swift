import TextPipeCore

/// The words most frequent in the training text (as written: "the", "The",
/// "said"), each with its attributes and the model's weights summed for
/// every part it plays, made once per stage. Most tokens of any document are
/// one of them, so a document finds their features and weights here instead
/// of looking them up again (see ``DocumentFeatures`` and ``TypeScores``).
struct FrequentTypes: Sendable {
    /// The index of each word by its type key (see ``TokenAttributes/typeKey(_:_:)``).
    private let indexOfKey: HashedTable<Int32>
    /// The words' types, in the model's order.
    let types: [DocumentFeatures.WordType]
    /// Per word, the sums of each part, laid out as ``TypeScores`` lays them out.
    let sums: [Int32]

    /// No words.
    static let empty = FrequentTypes(indexOfKey: HashedTable(capacity: 0, empty: -1), types: [], sums: [])

    private init(indexOfKey: HashedTable<Int32>, types: [DocumentFeatures.WordType], sums: [Int32]) {
        self.indexOfKey = indexOfKey
        self.types = types
        self.sums = sums
    }

    /// The types of `model`'s frequent words with their sums under its weights;
    /// a word that is not one token is left out.
    init(model: EntityModel) {
        var indexOfKey = HashedTable<Int32>(capacity: model.frequentWords.count, empty: -1)
        var types: [DocumentFeatures.WordType] = []
        for word in model.frequentWords {
            word.withUnsafeBufferPointer { bytes in
                let tokens = WordTokenizer.tokens(in: bytes)
                guard tokens.count == 1, tokens[0].span.start == 0, tokens[0].span.end == bytes.count else { return }
                let text = TokenText(bytes: bytes, tokens: tokens)
                let key = TokenAttributes.typeKey(text, 0)
                guard indexOfKey.value(for: key) == nil else { return }
                let attributes = TokenAttributes(text, 0)
                indexOfKey.insert(key, Int32(types.count)) { $1 }
                types.append(
                    DocumentFeatures.WordType(
                        attributes: attributes, habit: model.caseProfile.habit(of: attributes.word),
                        cluster: model.clusters.path(of: attributes.word)))
            }
        }
        self.init(indexOfKey: indexOfKey, types: types, sums: TypeScores.partSums(of: types, model: model))
    }

    /// The index of the word whose type key is `key`, nil when it is not a frequent word.
    @inline(__always)
    func index(of key: UInt64) -> Int? {
        indexOfKey.value(for: key).map(Int.init)
    }
}
