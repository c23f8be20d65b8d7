import Foundation
import TextPipeCore

/// Each sentence as a unit-length TF-IDF vector of its content words, the
/// IDF taken over the document's own sentences.
///
/// Content words are word tokens that are not stopwords, identified by a
/// hash of their lower-cased bytes, so no `String` is built.
struct SentenceVectors {
    /// How many distinct content words the document has.
    let vocabularySize: Int
    /// Term ids of sentence `i` are `termIDs[offsets[i]..<offsets[i + 1]]`, distinct.
    let termIDs: [Int]
    /// Weights matching ``termIDs``; each sentence's weights have unit length.
    let weights: [Double]
    let offsets: [Int]

    /// The number of sentences.
    var count: Int { offsets.count - 1 }

    init(sentences: [Sentence], tokens: [Token], bytes: UnsafeBufferPointer<UInt8>) {
        var idsByHash: [UInt64: Int] = [:]
        var termIDs: [Int] = []
        var weights: [Double] = []
        var offsets = [0]
        var documentFrequency: [Int] = []
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
                    id = documentFrequency.count
                    idsByHash[hash] = id
                    documentFrequency.append(0)
                }
                if let seen = termIDs[start...].firstIndex(of: id) {
                    weights[seen] += 1
                } else {
                    termIDs.append(id)
                    weights.append(1)
                    documentFrequency[id] += 1
                }
            }
            offsets.append(termIDs.count)
        }
        let sentenceCount = Double(sentences.count)
        for index in 0..<sentences.count {
            let range = offsets[index]..<offsets[index + 1]
            var squaredLength = 0.0
            for position in range {
                let idf = log(1 + sentenceCount / Double(documentFrequency[termIDs[position]]))
                weights[position] *= idf
                squaredLength += weights[position] * weights[position]
            }
            let length = squaredLength.squareRoot()
            if length > 0 {
                for position in range { weights[position] /= length }
            }
        }
        self.vocabularySize = documentFrequency.count
        self.termIDs = termIDs
        self.weights = weights
        self.offsets = offsets
    }

    /// The terms of sentence `index`.
    func terms(of index: Int) -> Range<Int> { offsets[index]..<offsets[index + 1] }
}
