import ArgumentParser
import Foundation
import TextPipe
import TextPipeEval

/// `textpipe eval KIND --gold PATH`: scores a pipeline against a gold set.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score a pipeline against a gold set (segment, clean, entities, summary, tags, keywords).",
        discussion: """
            Without --pipeline the smallest pipeline for the kind runs, with default options. A document \
            on which a stage fails is scored as an empty prediction and counted as a failure. The metrics \
            are defined in the README, section Evaluation. Exit status: 0 scored; 2 bad usage, gold set \
            or pipeline.
            """
    )

    @Argument(help: "What to evaluate: \(EvaluationKind.allCases.map(\.rawValue).joined(separator: ", ")).")
    var kind: String

    @Option(help: "The gold set: a JSONL file, or for clean a folder with truth.jsonl and ID.html pages.")
    var gold: String

    @Option(help: "A pipeline file whose stages run (its input and output are ignored).")
    var pipeline: String?

    @Flag(help: "Print the scores as one JSON object.")
    var json = false

    @Option(help: "Evaluate only the first N gold documents.")
    var limit: Int?

    @Flag(name: .customLong("keep-title"), help: "summary: keep the first line of each text (a title, removed by default).")
    var keepTitle = false

    @Option(help: "summary: sentences the default pipeline picks.")
    var sentences = 3

    @Option(name: .customLong("label-field"), help: "tags: the gold field holding the category.")
    var labelField = "category"

    @Option(
        name: .customLong("label-map"), parsing: .upToNextOption,
        help: "tags: gold categories renamed FROM=TO before scoring (science-technology=tech for AG-News).")
    var labelMap: [String] = []

    @Option(name: .customLong("k"), help: "keywords: how many predicted keywords count.")
    var k = 10

    func validate() throws {
        if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
        if sentences < 1 { throw ValidationError("--sentences must be at least 1") }
        if k < 1 { throw ValidationError("--k must be at least 1") }
    }

    func run() throws {
        guard let evaluationKind = EvaluationKind(rawValue: kind) else {
            let kinds = EvaluationKind.allCases.map(\.rawValue)
            Console.error(
                "error: unknown kind '\(kind)'" + Suggestion.didYouMean(kind, among: kinds)
                    + " (kinds: \(kinds.joined(separator: ", ")))")
            throw ExitStatus.usage
        }
        var options = EvaluationOptions()
        options.limit = limit
        options.keepTitle = keepTitle
        options.sentences = sentences
        options.labelField = labelField
        for entry in labelMap {
            let parts = entry.split(separator: "=", omittingEmptySubsequences: false)
            guard parts.count == 2 else {
                Console.error("error: --label-map takes FROM=TO, got '\(entry)'")
                throw ExitStatus.usage
            }
            options.labelMap[String(parts[0])] = String(parts[1])
        }
        options.k = k
        let report: EvaluationReport
        do {
            report = try makeEvaluation(evaluationKind, options).run(gold: gold)
        } catch let error as EvaluationError {
            Console.error("error: \(error)")
            throw ExitStatus.usage
        }
        print(json ? report.jsonText : report.table)
    }

    private func makeEvaluation(_ kind: EvaluationKind, _ options: EvaluationOptions) throws -> Evaluation {
        let registry = RegistryStore.shared.registry
        guard let pipeline else { return try Evaluation(kind: kind, registry: registry, options: options) }
        let loaded: Pipeline
        do {
            loaded = try PipelineLoader(registry: registry).load(file: pipeline)
        } catch {
            Console.error(error.description)
            throw ExitStatus.usage
        }
        return try Evaluation(kind: kind, pipeline: loaded, pipelineName: pipeline, options: options)
    }
}
