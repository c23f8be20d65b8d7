import TextPipeCore

/// The words most frequent in the training text (as written: "the", "The",
/// "said"), each with its attributes and the model's weights summed for
/// every part it plays, made once per stage. Most tokens of any document are
/// one of them, so a document finds their features and weights here instead
/// of looking them up again (see ``DocumentFeatures`` and ``TypeScores``).
struct FrequentTypes: Sendable {
    /// The index of each word by its type key (see ``TokenAttributes/typeKey(_:_:)``).
    private let indexOfKey: PackedTable
    /// The words' types, in the model's order.
    let types: [DocumentFeatures.WordType]
    /// What every token's pass needs of each word, in the same order: a
    /// small table, read for each distinct word of a document.
    let summaries: [DocumentFeatures.WordSummary]
    /// Per word, the sums of each part, laid out as ``TypeScores`` lays them out.
    let sums: [Int32]

    /// No words.
    static let empty = FrequentTypes(indexOfKey: PackedTable([], valueBits: 24), types: [], sums: [])

    private init(indexOfKey: PackedTable, types: [DocumentFeatures.WordType], sums: [Int32]) {
        self.indexOfKey = indexOfKey
        self.types = types
        summaries = types.map(DocumentFeatures.WordSummary.init)
        self.sums = sums
    }

    /// The types of `model`'s frequent words with their sums under its weights;
    /// a word that is not one token is left out.
    init(model: EntityModel) {
        var keys: [(key: UInt64, value: UInt64)] = []
        var seen = Set<UInt64>()
        var types: [DocumentFeatures.WordType] = []
        for word in model.frequentWords {
            word.withUnsafeBufferPointer { bytes in
                let tokens = WordTokenizer.tokens(in: bytes)
                guard tokens.count == 1, tokens[0].span.start == 0, tokens[0].span.end == bytes.count else { return }
                let text = TokenText(bytes: bytes, tokens: tokens)
                let key = TokenAttributes.typeKey(text, 0)
                guard seen.insert(key).inserted else { return }
                let attributes = TokenAttributes(text, 0)
                keys.append((key, UInt64(types.count)))
                types.append(
                    DocumentFeatures.WordType(
                        attributes: attributes, habit: model.caseProfile.habit(of: attributes.word),
                        cluster: model.clusters.path(of: attributes.word)))
            }
        }
        self.init(
            indexOfKey: PackedTable(keys, valueBits: 24), types: types, sums: TypeScores.partSums(of: types, model: model))
    }

    /// The index of the word whose type key is `key`, nil when it is not a frequent word.
    @inline(__always)
    func index(of key: UInt64) -> Int? {
        indexOfKey.value(for: key).map(Int.init)
    }
}
