import TextPipeCore

/// Trains a ``TopicModel``: softmax regression on TF-IDF vectors (see
/// ``SoftmaxRegression``), with weights quantised to 16-bit steps.
///
/// Training is deterministic: the vocabulary is sorted, the examples are
/// visited in an order drawn from a fixed seed, and the number of epochs is
/// fixed, so the same examples and settings always give the same model.
public struct TopicModelTrainer: Sendable {
    /// How to train.
    public struct Settings: Sendable, Hashable {
        /// Bits of the feature ids.
        public var hashBits = 20
        /// Terms found in fewer training documents are left out of the vocabulary.
        public var minDocumentFrequency = 2
        /// Passes over the training examples.
        public var epochs = 20
        /// The step size at the start of training.
        public var learningRate = 4.0
        /// The strength of the L2 penalty on the weights.
        public var regularization = 1e-4
        /// Seeds the order in which examples are visited.
        public var seed: UInt64 = 1
        /// Texts with at least this many content words are full articles,
        /// and each topic learns how much more or less likely it is for them
        /// (sources differ in length and style: headline items and whole
        /// articles); 0 learns no such difference.
        public var articleWords = 0
        /// How much of each weight comes from naive Bayes over the same
        /// vectors (see ``NaiveBayesWeights``), the rest from the regression;
        /// 0 is the regression alone.
        public var naiveBayesShare = 0.0
        /// Naive Bayes's additive smoothing of each term's mass per class.
        public var naiveBayesSmoothing = 0.1

        /// The default settings.
        public init() {}
    }

    /// One training document: its terms and the index of its label.
    public struct Example: Sendable {
        /// The document's terms, with the trainer's hash bits.
        public var terms: TopicTerms
        /// Index into the labels given to ``train(labels:examples:)``.
        public var label: Int
        /// How much the example counts in training (its gradient's factor).
        public var weight: Double
        /// The terms of the text's opening words, when it is a full article:
        /// trained on as a short item of the same topic, so that short texts
        /// can have the topics only articles came with.
        public var lead: TopicTerms?

        /// Creates an example.
        public init(terms: TopicTerms, label: Int, weight: Double = 1, lead: TopicTerms? = nil) {
            self.terms = terms
            self.label = label
            self.weight = weight
            self.lead = lead
        }
    }

    /// The settings.
    public var settings: Settings

    /// A trainer with `settings`.
    public init(settings: Settings = Settings()) { self.settings = settings }

    /// The model fitted to `examples`; throws ``StageError`` when the
    /// settings or examples make no sense or there is nothing to learn from.
    public func train(labels: [String], examples givenExamples: [Example]) throws -> TopicModel {
        let examples = givenExamples + givenExamples.compactMap { example in
            example.lead.map { Example(terms: $0, label: example.label, weight: example.weight) }
        }
        guard !examples.isEmpty else { throw StageError("no training examples") }
        guard (8...24).contains(settings.hashBits) else { throw StageError("hash bits must be 8 to 24, got \(settings.hashBits)") }
        guard settings.epochs >= 1, settings.learningRate > 0, settings.regularization >= 0 else {
            throw StageError("training needs 1 or more epochs, a positive learning rate and a regularization of 0 or more")
        }
        guard (0...1).contains(settings.naiveBayesShare), settings.naiveBayesSmoothing > 0 else {
            throw StageError("the naive Bayes share must be 0 to 1 and its smoothing above 0")
        }
        guard examples.allSatisfy({ labels.indices.contains($0.label) && $0.terms.hashBits == settings.hashBits }) else {
            throw StageError("every example needs a label index below \(labels.count) and terms of \(settings.hashBits) bits")
        }
        let vocabulary = Vocabulary(examples: examples, hashBits: settings.hashBits, minimum: settings.minDocumentFrequency)
        guard !vocabulary.featureIDs.isEmpty else {
            throw StageError("no term occurs in \(settings.minDocumentFrequency) or more training documents")
        }
        let termRows = vocabulary.featureIDs.count
        let articleRow = settings.articleWords > 0 ? Int32(termRows) : nil
        let vectors = examples.map {
            vocabulary.vector(of: $0.terms, articleRow: articleRow, articleWords: settings.articleWords)
        }
        var regression = SoftmaxRegression(rows: termRows + (articleRow == nil ? 0 : 1), classes: labels.count)
        regression.fit(vectors, labels: examples.map(\.label), weights: examples.map(\.weight), settings: settings)
        var termWeights = Array(regression.weights.prefix(termRows * labels.count))
        var biases = regression.biases
        let share = settings.naiveBayesShare
        if share > 0 {
            let bayes = NaiveBayesWeights(
                rows: termRows, classes: labels.count, vectors: vectors, labels: examples.map(\.label),
                weights: examples.map(\.weight), smoothing: settings.naiveBayesSmoothing)
            termWeights = zip(termWeights, bayes.weights).map { (1 - share) * $0 + share * $1 }
            biases = zip(biases, bayes.biases).map { (1 - share) * $0 + share * $1 }
        }
        let largest = termWeights.reduce(0) { max($0, abs($1)) }
        let step = largest > 0 ? largest / Double(Int16.max) : 1
        return try TopicModel(
            labels: labels, hashBits: settings.hashBits, documentCount: examples.count,
            featureIDs: vocabulary.featureIDs, documentFrequencies: vocabulary.documentFrequencies,
            quantizedWeights: termWeights.map { Int16(($0 / step).rounded()) }, weightStep: Float(step),
            biases: biases.map { Float($0) }, articleWords: settings.articleWords,
            articleBiases: articleRow == nil ? [] : regression.weights.suffix(labels.count).map { Float($0) })
    }
}
