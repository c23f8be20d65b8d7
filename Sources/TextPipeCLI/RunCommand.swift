import ArgumentParser
import Foundation
import TextPipe

/// `textpipe run PIPELINE.yaml`: runs a pipeline over its input.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a pipeline over documents and write annotated JSON Lines.",
        discussion: """
            Exit status: 0 every document processed; 1 some documents failed (each recorded in \
            errors.jsonl beside the output, or on stderr when writing to stdout); 2 bad usage or bad \
            pipeline, nothing processed.
            """
    )

    @Argument(help: "The pipeline file (YAML).")
    var pipeline: String

    @Option(name: .long, help: "A directory, file or '-' for JSONL on stdin; repeatable; replaces the pipeline's input.")
    var input: [String] = []

    @Option(name: .long, help: "Output JSONL file ('-' for stdout); replaces the pipeline's output.")
    var output: String?

    @Option(name: .long, help: "Worker count (default: the pipeline's jobs, else the number of active cores).")
    var jobs: Int?

    @Option(name: .long, help: "Write the run summary as JSON to this file.")
    var stats: String?

    @Option(name: .customLong("on-error"), help: "continue (default) or fail: stop at the first failed document.")
    var onError: String?

    @Option(name: .customLong("max-document-size"), help: "Skip (with an error record) documents larger than this, e.g. 10MB.")
    var maxDocumentSize: String?

    @Flag(name: .long, help: "No progress line and no summary.")
    var quiet = false

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if let maxDocumentSize, (ByteSize.parse(maxDocumentSize) ?? 0) < 1 {
            throw ValidationError("--max-document-size must be a positive size such as 10MB, not '\(maxDocumentSize)'")
        }
        if let onError, ErrorPolicy(rawValue: onError) == nil {
            throw ValidationError("--on-error must be 'continue' or 'fail', not '\(onError)'")
        }
    }

    func run() throws {
        let pipeline = try loadPipeline()
        guard !pipeline.inputs.isEmpty else {
            Console.error("error: no input: give --input PATH or 'input:' in \(self.pipeline)")
            throw ExitStatus.usage
        }
        let plan: InputPlan
        do {
            let outputs = pipeline.output.map { [$0, Self.errorsPath(beside: $0)] } ?? []
            plan = try InputPlan(
                inputs: pipeline.inputs, include: pipeline.include, exclude: pipeline.exclude, leavingOut: outputs)
        } catch {
            Console.error("error: \(error)")
            throw ExitStatus.usage
        }
        for warning in plan.warnings { Console.error("warning: \(warning)") }
        try refuseToOverwriteInput(plan, output: pipeline.output)
        let destinations = try openDestinations(pipeline.output)
        let jobs = pipeline.jobs ?? ProcessInfo.processInfo.activeProcessorCount
        let runner = Runner(pipeline: pipeline, jobs: jobs)
        let reader = DocumentReader(plan: plan, maxDocumentBytes: pipeline.maxDocumentBytes)
        let showProgress = !quiet && Console.standardErrorIsTerminal
        let progress = showProgress ? ProgressLine(runner: runner, plan: plan) : nil
        let interrupts = InterruptHandler(stopping: runner)
        progress?.start()
        let statistics = runner.run(reader: reader, output: destinations.output, errors: destinations.errors)
        progress?.stop()
        interrupts.cancel()
        if !quiet {
            let errorsPath = statistics.documentsFailed > 0 ? destinations.errors.path : nil
            Console.error(RunSummary.text(statistics, errorsPath: errorsPath, interrupted: interrupts.wasInterrupted))
        }
        if let stats { try writeStatistics(statistics, to: stats) }
        if interrupts.wasInterrupted { throw ExitStatus.interrupted }
        if statistics.documentsFailed > 0 { throw ExitStatus.documentsFailed }
    }

    /// The pipeline with command-line flags laid over it; exits 2 when it is invalid.
    private func loadPipeline() throws -> Pipeline {
        var pipeline: Pipeline
        do {
            pipeline = try PipelineLoader(registry: RegistryStore.shared.registry).load(file: self.pipeline)
        } catch {
            Console.error(error.description)
            throw ExitStatus.usage
        }
        if !input.isEmpty { pipeline.inputs = input }
        if let output { pipeline.output = output == "-" ? nil : output }
        if let jobs { pipeline.jobs = jobs }
        if let onError, let policy = ErrorPolicy(rawValue: onError) { pipeline.onError = policy }
        if let maxDocumentSize, let bytes = ByteSize.parse(maxDocumentSize) { pipeline.maxDocumentBytes = bytes }
        return pipeline
    }

    /// Exits 2 when the output or its errors.jsonl is one of the input files,
    /// which opening them for writing would destroy before it is read.
    private func refuseToOverwriteInput(_ plan: InputPlan, output: String?) throws {
        guard let output else { return }
        for path in [output, Self.errorsPath(beside: output)] where plan.reads(file: path) {
            Console.error("error: '\(path)' is also an input; writing it would destroy it before it is read")
            throw ExitStatus.usage
        }
    }

    private static func errorsPath(beside output: String) -> String {
        ((output as NSString).deletingLastPathComponent as NSString).appendingPathComponent("errors.jsonl")
    }

    /// The output stream and the errors stream beside it (stderr when writing to stdout).
    private func openDestinations(_ path: String?) throws -> (output: OutputFile, errors: OutputFile) {
        guard let path else { return (.standardOutput(), .standardError()) }
        do {
            return (try OutputFile(creating: path), try OutputFile(creating: Self.errorsPath(beside: path)))
        } catch {
            Console.error("error: \(error)")
            throw ExitStatus.usage
        }
    }

    private func writeStatistics(_ statistics: RunStatistics, to path: String) throws {
        do {
            let file = try OutputFile(creating: path)
            var writer = JSONWriter()
            writer.value(statistics.json)
            file.writeLine(writer.bytes)
        } catch {
            Console.error("error: cannot write statistics: \(error)")
        }
    }
}
