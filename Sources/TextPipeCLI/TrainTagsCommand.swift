import ArgumentParser
import Foundation
import TextPipe
import TextPipeEval

/// `textpipe train tags --data FILE.jsonl`: trains the tag stage's topic model
/// and/or measures it by cross-validation.
struct TrainTagsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tags",
        abstract: "Train a topic model for the tag stage (softmax regression over TF-IDF terms).",
        discussion: """
            Reads JSON Lines with a text field and a label field. --cross-validate K prints the accuracy \
            and macro-F1 of each fold and their means; folds are stratified round robin in file order (the \
            i-th document of each label goes to fold i mod K). --output writes a model trained on all \
            documents. Training is deterministic: the same data and options give the same file. Progress \
            goes to standard error.
            """
    )

    @Option(parsing: .upToNextOption, help: "Training data: one or more JSON Lines files.")
    var data: [String]

    @Option(
        name: .customLong("weight"), parsing: .upToNextOption,
        help: "How much each --data file's documents count in training, one number per file (default 1 each).")
    var weights: [Double] = []

    @Option(
        name: .customLong("label-map"), parsing: .upToNextOption,
        help: "Label renamings FROM=TO applied to every file (one taxonomy from sources that name a topic differently).")
    var labelMap: [String] = []

    @Option(name: .customLong("label-field"), help: "The field holding each document's topic.")
    var labelField = "category"

    @Option(name: .customLong("text-field"), help: "The field holding each document's text.")
    var textField = "text"

    @Option(help: "Where to write the model (.tpmodel).")
    var output: String?

    @Option(name: .customLong("cross-validate"), help: "Measure by K-fold cross-validation.")
    var crossValidate: Int?

    @Option(
        name: .customLong("min-evidence"),
        help: "In cross-validation, leave texts of 40 or more content words untagged when their evidence of being of the training data's kind is below this (the tag stage's min_evidence; 0: off).")
    var minEvidence = 0.0

    @Flag(help: "Print the cross-validation scores as one JSON object.")
    var json = false

    @Option(help: "Passes over the training data.")
    var epochs = TopicModelTrainer.Settings().epochs

    @Option(name: .customLong("learning-rate"), help: "The step size at the start of training.")
    var learningRate = TopicModelTrainer.Settings().learningRate

    @Option(help: "The strength of the L2 penalty on the weights.")
    var regularization = TopicModelTrainer.Settings().regularization

    @Option(help: "Seeds the order in which training visits the documents.")
    var seed = TopicModelTrainer.Settings().seed

    @Option(name: .customLong("hash-bits"), help: "Bits of the hashed term ids (8 to 24).")
    var hashBits = TopicModelTrainer.Settings().hashBits

    @Option(name: .customLong("min-df"), help: "Leave out terms found in fewer training documents.")
    var minDocumentFrequency = TopicModelTrainer.Settings().minDocumentFrequency

    @Option(
        name: .customLong("article-words"),
        help: "Texts with this many content words or more are full articles, whose topics may differ from short items' (0: no difference).")
    var articleWords = TopicModelTrainer.Settings().articleWords

    @Option(
        name: .customLong("lead-words"),
        help: "With --article-words, also train on the first N words of each full article as a short item of its topic (0: not).")
    var leadWords = 0

    @Option(
        name: .customLong("naive-bayes-share"),
        help: "How much of each weight comes from naive Bayes over the same vectors, the rest from the regression (0 to 1).")
    var naiveBayesShare = TopicModelTrainer.Settings().naiveBayesShare

    @Option(name: .customLong("naive-bayes-smoothing"), help: "Naive Bayes's additive smoothing (above 0).")
    var naiveBayesSmoothing = TopicModelTrainer.Settings().naiveBayesSmoothing

    func validate() throws {
        if data.isEmpty { throw ValidationError("give at least one --data file") }
        if !weights.isEmpty && (weights.count != data.count || weights.contains { !($0 > 0) }) {
            throw ValidationError("--weight takes one number above 0 per --data file")
        }
        if labelMap.contains(where: { $0.split(separator: "=", omittingEmptySubsequences: false).count != 2 }) {
            throw ValidationError("--label-map takes FROM=TO, for example science-technology=tech")
        }
        if output == nil && crossValidate == nil { throw ValidationError("give --output, --cross-validate K, or both") }
        if let crossValidate, crossValidate < 2 { throw ValidationError("--cross-validate needs 2 or more folds") }
        if !(minEvidence >= 0) || !minEvidence.isFinite { throw ValidationError("--min-evidence must be 0 or more") }
        if epochs < 1 { throw ValidationError("--epochs must be at least 1") }
        if !(learningRate > 0) { throw ValidationError("--learning-rate must be above 0") }
        if !(regularization >= 0) { throw ValidationError("--regularization must be 0 or more") }
        if !(8...24).contains(hashBits) { throw ValidationError("--hash-bits must be 8 to 24") }
        if minDocumentFrequency < 1 { throw ValidationError("--min-df must be at least 1") }
        if !(0...1).contains(naiveBayesShare) { throw ValidationError("--naive-bayes-share must be 0 to 1") }
        if !(naiveBayesSmoothing > 0) { throw ValidationError("--naive-bayes-smoothing must be above 0") }
        if articleWords < 0 { throw ValidationError("--article-words must be 0 or more") }
        if leadWords < 0 || (leadWords > 0 && articleWords == 0) {
            throw ValidationError("--lead-words must be 0 or more, and needs --article-words")
        }
    }

    func run() throws {
        var settings = TopicModelTrainer.Settings()
        settings.epochs = epochs
        settings.learningRate = learningRate
        settings.regularization = regularization
        settings.seed = seed
        settings.hashBits = hashBits
        settings.minDocumentFrequency = minDocumentFrequency
        settings.articleWords = articleWords
        settings.naiveBayesShare = naiveBayesShare
        settings.naiveBayesSmoothing = naiveBayesSmoothing
        let trainer = TopicModelTrainer(settings: settings)
        let started = Date()
        let (labels, examples, sources) = try readExamples(hashBits: hashBits)
        Console.error("read \(examples.count) documents, labels: \(labels.joined(separator: ", "))")
        do {
            if let crossValidate {
                try report(crossValidate, labels: labels, examples: examples, sources: sources, trainer: trainer)
            }
            if let output {
                Console.error("training on all \(examples.count) documents")
                let model = try trainer.train(labels: labels, examples: examples)
                try model.write(toFile: output)
                Console.error("wrote \(output) (\(model.fileData().count) bytes)")
            }
        } catch let error as StageError {
            Console.error("error: \(error)")
            throw ExitStatus.usage
        }
        Console.error(String(format: "done in %.1f s", Date().timeIntervalSince(started)))
    }

    /// Prints the scores of each fold and their means, and with several data
    /// files the accuracy of each file's documents over all folds (`sources`
    /// gives each example's file).
    private func report(
        _ folds: Int, labels: [String], examples: [TopicModelTrainer.Example], sources: [Int],
        trainer: TopicModelTrainer
    ) throws {
        let predictions = try TopicCrossValidation(folds: folds).predictions(
            labels: labels, examples: examples, trainer: trainer, minimumEvidence: minEvidence
        ) { Console.error("fold \($0 + 1)/\(folds)") }
        var scores = Array(repeating: TagScore(), count: folds)
        var sourceScores = Array(repeating: TagScore(), count: data.count)
        for ((example, prediction), source) in zip(zip(examples, predictions), sources) {
            let predicted = prediction.predicted.map { labels[$0] }
            scores[prediction.fold].add(predicted: predicted, gold: labels[example.label])
            sourceScores[source].add(predicted: predicted, gold: labels[example.label])
        }
        let meanAccuracy = scores.map(\.accuracy).reduce(0, +) / Double(folds)
        let meanMacroF1 = scores.map(\.macroF1).reduce(0, +) / Double(folds)
        if json {
            var writer = JSONWriter()
            writer.value(
                .object([
                    "documents": .integer(examples.count), "folds": .integer(folds),
                    "accuracy": .double(meanAccuracy), "macro_f1": .double(meanMacroF1),
                    "fold_accuracy": .array(scores.map { .double($0.accuracy) }),
                    "fold_macro_f1": .array(scores.map { .double($0.macroF1) }),
                    "files": .array(
                        zip(data, sourceScores).map { file, score in
                            .object([
                                "file": .string(file), "documents": .integer(score.documents),
                                "accuracy": .double(score.accuracy), "macro_f1": .double(score.macroF1),
                            ])
                        }),
                ]))
            print(String(decoding: writer.bytes, as: UTF8.self))
            return
        }
        print("fold  documents  accuracy  macro F1")
        for (fold, score) in scores.enumerated() {
            print(String(format: "%4d  %9d  %8.4f  %8.4f", fold + 1, score.documents, score.accuracy, score.macroF1))
        }
        print(String(format: "mean  %9d  %8.4f  %8.4f", examples.count, meanAccuracy, meanMacroF1))
        guard data.count > 1 else { return }
        for (file, score) in zip(data, sourceScores) {
            print(String(format: "file  %9d  %8.4f  %8.4f  ", score.documents, score.accuracy, score.macroF1) + file)
        }
    }

    /// The labels (sorted, after ``labelMap``), the examples of the data
    /// files and the index of each example's file; exits with status 2 when a
    /// file is unusable.
    private func readExamples(hashBits: Int) throws -> ([String], [TopicModelTrainer.Example], [Int]) {
        let renamings = Dictionary(
            labelMap.map { entry in
                let parts = entry.split(separator: "=", omittingEmptySubsequences: false)
                return (String(parts[0]), String(parts[1]))
            }, uniquingKeysWith: { $1 })
        var documents: [(text: String, label: String, source: Int)] = []
        for (source, file) in data.enumerated() {
            guard let contents = FileManager.default.contents(atPath: file) else {
                Console.error("error: cannot read training data '\(file)'")
                throw ExitStatus.usage
            }
            let lines = String(decoding: contents, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            for (index, line) in lines.enumerated() {
                guard line.contains(where: { !$0.isWhitespace }) else { continue }
                let object = try? JSONParser.parse(String(line)).objectValue
                guard let text = object?[textField]?.stringValue, let label = object?[labelField]?.stringValue else {
                    Console.error(
                        "error: \(file):\(index + 1): expected a JSON object with strings '\(textField)' and '\(labelField)'")
                    throw ExitStatus.usage
                }
                documents.append((text, renamings[label] ?? label, source))
            }
        }
        let labels = Set(documents.map(\.label)).sorted()
        guard labels.count >= 2 else {
            Console.error("error: training needs two or more labels, found \(labels.count)")
            throw ExitStatus.usage
        }
        let index = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
        let examples = documents.map { document in
            let terms = TopicTerms(text: document.text, hashBits: hashBits)
            let isArticle = leadWords > 0 && terms.contentWordCount >= articleWords
            return TopicModelTrainer.Example(
                terms: terms, label: index[document.label]!, weight: weights.isEmpty ? 1 : weights[document.source],
                lead: isArticle ? TopicTerms(text: Self.lead(of: document.text, words: leadWords), hashBits: hashBits) : nil)
        }
        return (labels, examples, documents.map(\.source))
    }

    /// The first `words` words of `text` (split at white space).
    private static func lead(of text: String, words: Int) -> String {
        text.split(whereSeparator: \.isWhitespace).prefix(words).joined(separator: " ")
    }
}
