import TextPipeCore

/// Each sentence as a unit-length vector of the counts of its content words.
///
/// Content words are word tokens that are not stopwords, identified by a
/// hash of their lower-cased bytes, so no `String` is built. The stopword
/// list is the only background weighting: an IDF over the document's own
/// sentences discounts exactly the words the document keeps coming back
/// to, its topic, which is what makes a sentence central (on the BBC dev
/// set it cost 2.3 ROUGE-2 points), and stemming merged too much.
struct SentenceVectors {
    /// How many distinct content words the document has.
    let vocabularySize: Int
    /// Term ids of sentence `i` are `termIDs[offsets[i]..<offsets[i + 1]]`, distinct.
    let termIDs: [Int]
    /// Counts matching ``termIDs``, scaled so that each sentence's have unit length.
    let weights: [Double]
    let offsets: [Int]

    /// The number of sentences.
    var count: Int { offsets.count - 1 }

    init(sentences: [Sentence], tokens: [Token], bytes: UnsafeBufferPointer<UInt8>) {
        var idsByHash: [UInt64: Int] = [:]
        var termIDs: [Int] = []
        var weights: [Double] = []
        var offsets = [0]
        for sentence in sentences {
            let start = termIDs.count
            for token in tokens[sentence.tokens] where token.kind == .word {
                let range = token.span.start..<token.span.end
                guard !Stopwords.english.contains(bytes, range, foldingCase: true) else { continue }
                let hash = ByteHash.lowercased(bytes, range)
                let id: Int
                if let known = idsByHash[hash] {
                    id = known
                } else {
                    id = idsByHash.count
                    idsByHash[hash] = id
                }
                if let seen = termIDs[start...].firstIndex(of: id) {
                    weights[seen] += 1
                } else {
                    termIDs.append(id)
                    weights.append(1)
                }
            }
            offsets.append(termIDs.count)
        }
        for index in 0..<sentences.count {
            let range = offsets[index]..<offsets[index + 1]
            var squaredLength = 0.0
            for position in range { squaredLength += weights[position] * weights[position] }
            let length = squaredLength.squareRoot()
            if length > 0 {
                for position in range { weights[position] /= length }
            }
        }
        self.vocabularySize = idsByHash.count
        self.termIDs = termIDs
        self.weights = weights
        self.offsets = offsets
    }

    /// The terms of sentence `index`.
    func terms(of index: Int) -> Range<Int> { offsets[index]..<offsets[index + 1] }
}
