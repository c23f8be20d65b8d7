/// A document as unit-length TF-IDF weights of vocabulary rows.
struct SparseVector: Sendable {
    var rows: [Int32] = []
    var values: [Float] = []
}

/// The features a model keeps, with their document frequencies.
struct Vocabulary {
    /// Kept feature ids, ascending.
    private(set) var featureIDs: [UInt32] = []
    /// Documents that had each kept feature.
    private(set) var documentFrequencies: [UInt32] = []
    private let documentCount: Int
    private var rowOfID: [Int32]

    /// The ids found in at least `minimum` of the examples' documents.
    init(examples: [TopicModelTrainer.Example], hashBits: Int, minimum: Int) {
        var frequencies = [UInt32](repeating: 0, count: 1 << hashBits)
        for example in examples { for id in example.terms.ids { frequencies[Int(id)] += 1 } }
        rowOfID = [Int32](repeating: -1, count: 1 << hashBits)
        documentCount = examples.count
        for (id, frequency) in frequencies.enumerated() where frequency >= minimum {
            rowOfID[id] = Int32(featureIDs.count)
            featureIDs.append(UInt32(id))
            documentFrequencies.append(frequency)
        }
    }

    /// The unit-length TF-IDF vector of `terms` over the kept features, with
    /// `articleRow` set to 1 (outside the unit length) when the text has at
    /// least `articleWords` content words.
    func vector(of terms: TopicTerms, articleRow: Int32? = nil, articleWords: Int = 0) -> SparseVector {
        var vector = SparseVector()
        for (id, count) in zip(terms.ids, terms.counts) {
            let row = rowOfID[Int(id)]
            guard row >= 0 else { continue }
            let idf = Float(TopicModel.idf(documentFrequency: Int(documentFrequencies[Int(row)]), documentCount: documentCount))
            vector.rows.append(row)
            vector.values.append(TopicModel.termWeight(count: count, idf: idf))
        }
        let length = vector.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
        if length > 0 { vector.values = vector.values.map { $0 / length } }
        if let articleRow, TopicModel.isArticle(terms, articleWords: articleWords) {
            vector.rows.append(articleRow)
            vector.values.append(1)
        }
        return vector
    }
}
