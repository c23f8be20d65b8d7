import Foundation
import TextPipeCore

/// A linear topic classifier over TF-IDF weighted terms (see ``TopicTerms``):
/// softmax regression whose weights are stored quantised, exactly as in its
/// file, so a model read back from its file predicts exactly as it did.
///
/// A document's vector gives each known term `(1 + ln count) × idf`, with
/// `idf = ln((1 + n) / (1 + df)) + 1` over the `n` training documents, and is
/// scaled to unit length; terms the model never saw are ignored.
public struct TopicModel: Sendable, Equatable {
    /// The topic names, in the order of the model's classes.
    public let labels: [String]
    /// Bits of the feature ids (see ``TopicTerms``).
    public let hashBits: Int
    /// Training documents, for the IDF.
    let documentCount: Int
    /// The known feature ids, ascending: the model's rows.
    let featureIDs: [UInt32]
    /// Training documents that had each row's feature.
    let documentFrequencies: [UInt32]
    /// Weights by row then class, in units of ``weightStep``.
    let quantizedWeights: [Int16]
    /// The value of one weight unit.
    let weightStep: Float
    /// The bias of each class.
    let biases: [Float]
    /// Texts with at least this many content words are full articles (0: no such class of texts).
    let articleWords: Int
    /// What each class adds for a full article (empty without ``articleWords``).
    let articleBiases: [Float]

    /// Row of each feature id, -1 for unknown ids: one lookup per term.
    private let rowOfID: [Int32]
    /// The IDF of each row.
    private let idfs: [Float]
    /// The weights by row then class.
    private let weights: [Float]
    /// How much each row's term belongs to some topic: its highest weight minus its mean weight.
    private let topicalities: [Float]

    /// Builds a model from its stored parts; throws ``StageError`` when they do not fit together.
    init(
        labels: [String], hashBits: Int, documentCount: Int, featureIDs: [UInt32], documentFrequencies: [UInt32],
        quantizedWeights: [Int16], weightStep: Float, biases: [Float], articleWords: Int = 0, articleBiases: [Float] = []
    ) throws {
        guard (2...255).contains(labels.count), Set(labels).count == labels.count else {
            throw StageError("a topic model needs 2 to 255 distinct labels, got \(labels.count)")
        }
        if let long = labels.first(where: { $0.isEmpty || $0.utf8.count > 255 }) {
            throw StageError("topic labels must have 1 to 255 bytes: '\(long.prefix(40))'")
        }
        guard (8...24).contains(hashBits) else { throw StageError("hash bits must be 8 to 24, got \(hashBits)") }
        guard documentFrequencies.count == featureIDs.count, quantizedWeights.count == featureIDs.count * labels.count,
            biases.count == labels.count, weightStep.isFinite, weightStep > 0,
            articleWords >= 0, articleBiases.count == (articleWords > 0 ? labels.count : 0)
        else { throw StageError("the topic model's tables do not match its labels and features") }
        guard zip(featureIDs, featureIDs.dropFirst()).allSatisfy({ $0 < $1 }), featureIDs.allSatisfy({ $0 >> hashBits == 0 })
        else { throw StageError("the topic model's feature ids are not ascending ids of \(hashBits) bits") }
        self.labels = labels
        self.hashBits = hashBits
        self.documentCount = documentCount
        self.featureIDs = featureIDs
        self.documentFrequencies = documentFrequencies
        self.quantizedWeights = quantizedWeights
        self.weightStep = weightStep
        self.biases = biases
        self.articleWords = articleWords
        self.articleBiases = articleBiases
        var rowOfID = [Int32](repeating: -1, count: 1 << hashBits)
        for (row, id) in featureIDs.enumerated() { rowOfID[Int(id)] = Int32(row) }
        self.rowOfID = rowOfID
        idfs = documentFrequencies.map { Float(Self.idf(documentFrequency: Int($0), documentCount: documentCount)) }
        let weights = quantizedWeights.map { Float($0) * weightStep }
        self.weights = weights
        topicalities = featureIDs.indices.map { row in
            let rowWeights = weights[row * labels.count..<(row + 1) * labels.count]
            return rowWeights.max()! - rowWeights.reduce(0, +) / Float(labels.count)
        }
    }

    /// The inverse document frequency of a term found in `documentFrequency` of `documentCount` documents.
    static func idf(documentFrequency: Int, documentCount: Int) -> Double {
        log(Double(1 + documentCount) / Double(1 + documentFrequency)) + 1
    }

    /// The weight of a term seen `count` times, before length normalisation.
    @inline(__always)
    static func termWeight(count: Int32, idf: Float) -> Float { (1 + log(Float(count))) * idf }

    /// The probability of each label (in ``labels`` order) for a document
    /// with `terms`, which must have the model's ``hashBits``; nil when the
    /// model knows none of its terms.
    public func probabilities(of terms: TopicTerms) -> [Double]? {
        reading(of: terms)?.probabilities
    }

    /// The probability of each label for a document with `terms` and how
    /// clearly it is a text of the model's kind (see ``TopicEvidence``);
    /// nil when the model knows none of its terms.
    public func reading(of terms: TopicTerms) -> TopicReading? {
        guard let termScores = termScores(of: terms) else { return nil }
        let isArticle = Self.isArticle(terms, articleWords: articleWords)
        let probabilities = Softmax.probabilities(
            termScores.scores.indices.map {
                Double(termScores.scores[$0] + biases[$0] + (isArticle ? articleBiases[$0] : 0))
            })
        return TopicReading(
            probabilities: probabilities, evidence: TopicEvidence.value(topicality: termScores.topicality, terms: terms))
    }

    /// The part of each class's score that the text's terms give (its unit
    /// vector times the class's weights) and its topicality (its unit vector
    /// times each term's ``topicalities`` entry); nil when the model knows none of them.
    func termScores(of terms: TopicTerms) -> (scores: [Float], topicality: Float)? {
        precondition(terms.hashBits == hashBits, "terms of \(terms.hashBits) bits for a model of \(hashBits)")
        let classes = labels.count
        var scores = [Float](repeating: 0, count: classes)
        var topicality: Float = 0
        var squaredLength: Float = 0
        rowOfID.withUnsafeBufferPointer { rowOfID in
            weights.withUnsafeBufferPointer { weights in
                for (id, count) in zip(terms.ids, terms.counts) {
                    let row = Int(rowOfID[Int(id)])
                    guard row >= 0 else { continue }
                    let value = Self.termWeight(count: count, idf: idfs[row])
                    squaredLength += value * value
                    topicality += value * topicalities[row]
                    let base = row * classes
                    for label in 0..<classes { scores[label] += value * weights[base + label] }
                }
            }
        }
        guard squaredLength > 0 else { return nil }
        let length = squaredLength.squareRoot()
        return (scores.map { $0 / length }, topicality / length)
    }

    /// Whether a text with `terms` is a full article for a model whose articles have `articleWords` content words.
    static func isArticle(_ terms: TopicTerms, articleWords: Int) -> Bool {
        articleWords > 0 && terms.contentWordCount >= articleWords
    }
}

/// What a topic model reads in a text.
public struct TopicReading: Sendable, Equatable {
    /// The probability of each label, in the model's ``TopicModel/labels`` order.
    public var probabilities: [Double]
    /// How clearly the text is of the model's kind (see ``TopicEvidence``); nil when it is too short to judge.
    public var evidence: Double?

    /// Whether the text is too far from every topic to be tagged, for a model whose floor is `minimumEvidence`.
    public func isOffTopic(minimumEvidence: Double) -> Bool {
        TopicEvidence.isOffTopic(evidence, minimum: minimumEvidence)
    }
}

/// Turns class scores into probabilities.
enum Softmax {
    /// `exp(score)` of each class over their sum, computed without overflow.
    static func probabilities(_ scores: [Double]) -> [Double] {
        let highest = scores.max() ?? 0
        let exponentials = scores.map { exp($0 - highest) }
        let total = exponentials.reduce(0, +)
        return exponentials.map { $0 / total }
    }
}
