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

    @Option(help: "Training data: a JSON Lines file.")
    var data: String

    @Option(name: .customLong("label-field"), help: "The field holding each document's topic.")
    var labelField = "category"

    @Option(name: .customLong("text-field"), help: "The field holding each document's text.")
    var textField = "text"

    @Option(help: "Where to write the model (.tpmodel).")
    var output: String?

    @Option(name: .customLong("cross-validate"), help: "Measure by K-fold cross-validation.")
    var crossValidate: Int?

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

    func validate() throws {
        if output == nil && crossValidate == nil { throw ValidationError("give --output, --cross-validate K, or both") }
        if let crossValidate, crossValidate < 2 { throw ValidationError("--cross-validate needs 2 or more folds") }
        if epochs < 1 { throw ValidationError("--epochs must be at least 1") }
        if !(learningRate > 0) { throw ValidationError("--learning-rate must be above 0") }
        if !(regularization >= 0) { throw ValidationError("--regularization must be 0 or more") }
        if !(8...24).contains(hashBits) { throw ValidationError("--hash-bits must be 8 to 24") }
        if minDocumentFrequency < 1 { throw ValidationError("--min-df must be at least 1") }
    }

    func run() throws {
        var settings = TopicModelTrainer.Settings()
        settings.epochs = epochs
        settings.learningRate = learningRate
        settings.regularization = regularization
        settings.seed = seed
        settings.hashBits = hashBits
        settings.minDocumentFrequency = minDocumentFrequency
        let trainer = TopicModelTrainer(settings: settings)
        let started = Date()
        let (labels, examples) = try readExamples(hashBits: hashBits)
        Console.error("read \(examples.count) documents, labels: \(labels.joined(separator: ", "))")
        do {
            if let crossValidate { try report(crossValidate, labels: labels, examples: examples, trainer: trainer) }
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

    private func report(
        _ folds: Int, labels: [String], examples: [TopicModelTrainer.Example], trainer: TopicModelTrainer
    ) throws {
        let predictions = try TopicCrossValidation(folds: folds).predictions(
            labels: labels, examples: examples, trainer: trainer
        ) { Console.error("fold \($0 + 1)/\(folds)") }
        var scores = Array(repeating: TagScore(), count: folds)
        for (example, prediction) in zip(examples, predictions) {
            scores[prediction.fold].add(predicted: prediction.predicted.map { labels[$0] }, gold: labels[example.label])
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
                ]))
            print(String(decoding: writer.bytes, as: UTF8.self))
            return
        }
        print("fold  documents  accuracy  macro F1")
        for (fold, score) in scores.enumerated() {
            print(String(format: "%4d  %9d  %8.4f  %8.4f", fold + 1, score.documents, score.accuracy, score.macroF1))
        }
        print(String(format: "mean  %9d  %8.4f  %8.4f", examples.count, meanAccuracy, meanMacroF1))
    }

    /// The labels (sorted) and the examples of the data file; exits with status 2 when it is unusable.
    private func readExamples(hashBits: Int) throws -> ([String], [TopicModelTrainer.Example]) {
        guard let contents = FileManager.default.contents(atPath: data) else {
            Console.error("error: cannot read training data '\(data)'")
            throw ExitStatus.usage
        }
        var documents: [(text: String, label: String)] = []
        for (index, line) in String(decoding: contents, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard line.contains(where: { !$0.isWhitespace }) else { continue }
            let object = try? JSONParser.parse(String(line)).objectValue
            guard let text = object?[textField]?.stringValue, let label = object?[labelField]?.stringValue else {
                Console.error("error: \(data):\(index + 1): expected a JSON object with strings '\(textField)' and '\(labelField)'")
                throw ExitStatus.usage
            }
            documents.append((text, label))
        }
        let labels = Set(documents.map(\.label)).sorted()
        guard labels.count >= 2 else {
            Console.error("error: \(data): training needs two or more labels, found \(labels.count)")
            throw ExitStatus.usage
        }
        let index = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
        return (labels, documents.map { TopicModelTrainer.Example(terms: TopicTerms(text: $0.text, hashBits: hashBits), label: index[$0.label]!) })
    }
}
