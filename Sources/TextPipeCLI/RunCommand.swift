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
            errors.jsonl beside the output, or on stderr when writing to stdout) or could not be \
            accounted for; 2 bad usage or bad pipeline, nothing processed; 130 stopped by Ctrl-C or \
            SIGTERM after writing the documents in flight (continue with --resume).
            """
    )

    @Argument(help: "The pipeline file (YAML).")
    var pipeline: String

    @Option(name: .long, help: "A directory, file or '-' for JSONL on stdin; repeatable; replaces the pipeline's input.")
    var input: [String] = []

    @Option(
        name: .customLong("input-format"),
        help: "How standard input ('-') is read: jsonl (default: one {\"text\": ...} object per line) or text (all of it one document).")
    var inputFormat: String?

    @Option(
        name: .long,
        help: "Process only the first N documents of the input (a later --resume without --limit carries on with the rest).")
    var limit: Int?

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

    @Option(name: .long, help: "Fail a document that takes longer than this through the pipeline, e.g. 30s; replaces the pipeline's timeout.")
    var timeout: String?

    @Option(name: .long, help: "Process only shard K of N (K from 0), e.g. 2/8: its share of the files and of each JSONL file's lines.")
    var shard: String?

    @Option(
        name: .long,
        help: "The shard count N when the shard index comes from JOB_COMPLETION_INDEX or SLURM_ARRAY_TASK_ID (default: TEXTPIPE_SHARDS).")
    var shards: Int?

    @Option(name: .long, help: "Also write an HTML report of the run to this file when it ends (needs an output file).")
    var report: String?

    @Flag(name: .long, help: "Continue an interrupted run: keep the records of unchanged documents, process the rest.")
    var resume = false

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
        if let timeout, (try? DurationText.nanoseconds(timeout)) == nil {
            throw ValidationError("--timeout must be a duration such as 500ms, 30s or 2m, not '\(timeout)'")
        }
        if let shard, ShardSpec(shard) == nil {
            throw ValidationError("--shard must be K/N with 0 <= K < N, such as 2/8, not '\(shard)'")
        }
        if let shards, shards < 1 { throw ValidationError("--shards must be at least 1") }
        if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
        if let inputFormat, InputPlan.StandardInputFormat(rawValue: inputFormat) == nil {
            throw ValidationError("--input-format must be 'jsonl' or 'text', not '\(inputFormat)'")
        }
    }

    func run() throws {
        let pipeline = try loadPipeline()
        guard !pipeline.inputs.isEmpty else {
            Console.error("error: no input: give --input PATH or 'input:' in \(self.pipeline)")
            throw ExitStatus.usage
        }
        let shard = try resolveShard()
        let files = RunFiles(output: pipeline.output, shard: shard)
        var plan: InputPlan
        do {
            plan = try InputPlan(
                inputs: pipeline.inputs, include: pipeline.include, exclude: pipeline.exclude,
                leavingOut: RunFiles.everyShardsFiles(output: pipeline.output, shard: shard))
        } catch {
            Console.error("error: \(error)")
            throw ExitStatus.usage
        }
        if let inputFormat, let format = InputPlan.StandardInputFormat(rawValue: inputFormat) {
            plan.standardInputFormat = format
            if !plan.entries.contains(.standardInput) {
                Console.error("warning: --input-format only says how standard input is read, and no input is '-'")
            }
        }
        for warning in plan.warnings { Console.error("warning: \(warning)") }
        if shard != nil, plan.entries.contains(.standardInput) {
            Console.error("error: a shard reads its share of files; standard input cannot be shared out, give files")
            throw ExitStatus.usage
        }
        try refuseToOverwriteInput(plan, files: files)
        let reportTemplate = try prepareReport(files)
        let header = RunManifest.Header(pipeline: try fingerprint(of: pipeline), shard: shard)
        let previousRun = try setAsidePreviousRun(files, header: header)
        let destinations = try openDestinations(files, header: header)
        let jobs = pipeline.jobs ?? ProcessInfo.processInfo.activeProcessorCount
        let runner = Runner(
            pipeline: pipeline, jobs: jobs,
            options: Runner.Options(shard: shard, previousRun: previousRun, manifest: destinations.manifest, limit: limit))
        let reader = DocumentReader(plan: plan, maxDocumentBytes: pipeline.maxDocumentBytes, shard: shard)
        let showProgress = !quiet && Console.standardErrorIsTerminal
        let progress = showProgress ? ProgressLine(runner: runner, plan: plan, shard: shard, limit: limit) : nil
        let interrupts = InterruptHandler(stopping: runner)
        progress?.start()
        let statistics = runner.run(reader: reader, output: destinations.output, errors: destinations.errors)
        progress?.stop()
        interrupts.cancel()
        files.removeSetAside()
        if !quiet {
            let errorsPath = statistics.documentsFailed > 0 ? destinations.errors.path : nil
            Console.error(RunSummary.text(statistics, errorsPath: errorsPath, interrupted: interrupts.wasInterrupted))
        }
        if let stats { try writeStatistics(statistics, to: stats) }
        let reportFailure = reportTemplate.flatMap {
            writeReport(
                template: $0, files: files, statistics: statistics, interrupted: interrupts.wasInterrupted,
                title: pipeline.name ?? URL(fileURLWithPath: self.pipeline).lastPathComponent)
        }
        let writeFailures = [destinations.output.failure, destinations.errors.failure, destinations.manifest?.failure]
            .compactMap { $0 }
        for failure in writeFailures { Console.error("error: \(failure); the output is incomplete") }
        if let reportFailure { Console.error("error: \(reportFailure)") }
        if interrupts.wasInterrupted { throw ExitStatus.interrupted }
        if !writeFailures.isEmpty || reportFailure != nil { throw ExitStatus.documentsFailed }
        if statistics.unaccounted != 0 {
            Console.error("error: \(statistics.unaccounted) documents read were neither written nor recorded as failed")
            throw ExitStatus.documentsFailed
        }
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
        if let timeout, let nanoseconds = try? DurationText.nanoseconds(timeout) { pipeline.timeout = nanoseconds }
        return pipeline
    }

    /// Exits 2 when the output, its errors file or its manifest is one of the
    /// input files, which opening them for writing would destroy before it is read.
    private func refuseToOverwriteInput(_ plan: InputPlan, files: RunFiles) throws {
        for path in files.written where plan.reads(file: path) {
            Console.error("error: '\(path)' is also an input; writing it would destroy it before it is read")
            throw ExitStatus.usage
        }
    }

    /// The output stream, the errors stream beside it (stderr when writing to
    /// stdout or a device) and the manifest (none for those).
    private func openDestinations(_ files: RunFiles, header: RunManifest.Header) throws
        -> (output: OutputFile, errors: OutputFile, manifest: ManifestWriter?)
    {
        do {
            return (
                try files.output.map(OutputFile.init(creating:)) ?? .standardOutput(),
                try files.errors.map(OutputFile.init(creating:)) ?? .standardError(),
                try files.manifest.map { try ManifestWriter(creating: $0, header: header) }
            )
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
