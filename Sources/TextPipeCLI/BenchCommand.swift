import ArgumentParser
import Foundation
import TextPipe

/// `textpipe bench`: throughput per stage and for a whole pipeline on a
/// generated corpus, at several worker counts, plus peak memory.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure MB/s and documents/s per stage and for a whole pipeline on a generated corpus.",
        discussion: """
            The corpus is generated deterministically from the sample documents (text recombined \
            paragraph by paragraph, HTML pages kept whole). Per-stage figures run each stage over \
            the whole corpus in memory on one core, in pipeline order; pipeline figures run the \
            streaming runner from the JSONL file to /dev/null.
            """
    )

    @Option(help: "The pipeline to measure.")
    var pipeline = "pipelines/news.yaml"

    @Option(help: "Where the sample documents to build the corpus from are.")
    var samples = "samples/news"

    @Option(help: "A folder of HTML pages to measure the clean stage on by itself (default: the samples folder).")
    var htmlPages: String?

    @Option(help: "Corpus size in MB of text.")
    var size = 50.0

    @Option(name: .customLong("jobs"), help: "Worker counts to run the whole pipeline with (repeatable).")
    var jobCounts: [Int] = [1, 2]

    @Option(help: "Keep the generated corpus at this path (default: a temporary file, removed after).")
    var corpus: String?

    @Flag(help: "Print the results as JSON.")
    var json = false

    @Flag(name: .customLong("corpus-only"), help: "Only write the corpus to --corpus, measuring nothing (test inputs for other tools).")
    var corpusOnly = false

    func validate() throws {
        if corpusOnly && corpus == nil { throw ValidationError("--corpus-only needs --corpus PATH") }
    }

    func run() throws {
        let loaded: Pipeline
        do {
            loaded = try PipelineLoader(registry: RegistryStore.shared.registry).load(file: pipeline)
        } catch {
            Console.error(error.description)
            throw ExitStatus.usage
        }
        let corpusPath = corpus ?? NSTemporaryDirectory() + "textpipe-bench-\(getpid()).jsonl"
        defer { if corpus == nil { try? FileManager.default.removeItem(atPath: corpusPath) } }
        let generated = try CorpusGenerator(samples: samples).write(
            to: corpusPath, bytes: Int(size * 1_000_000), seed: 1)
        if corpusOnly {
            Console.error(String(format: "wrote %d documents (%.1f MB) to %@", generated.documents, Double(generated.bytes) / 1e6, corpusPath))
            return
        }
        if !json {
            Console.error(String(format: "measuring on %.1f MB (%d documents)...", Double(generated.bytes) / 1e6, generated.documents))
        }
        var report = BenchmarkReport(corpusBytes: generated.bytes, corpusDocuments: generated.documents)
        for jobs in jobCounts {
            report.pipelineRuns.append(try runPipeline(loaded, corpus: corpusPath, jobs: jobs))
        }
        report.peakMemoryBytes = PeakMemory.residentBytes()
        report.stages = try measureStages(loaded, corpus: corpusPath)
        if let figure = try measureHTMLCleaning(loaded, pages: htmlPages ?? samples) { report.stages.append(figure) }
        print(json ? report.json : report.table)
    }

    private func runPipeline(_ pipeline: Pipeline, corpus: String, jobs: Int) throws -> RunStatistics {
        let plan = try InputPlan(inputs: [corpus])
        let reader = DocumentReader(plan: plan, maxDocumentBytes: pipeline.maxDocumentBytes)
        let sink = try OutputFile(creating: "/dev/null")
        return Runner(pipeline: pipeline, jobs: jobs).run(reader: reader, output: sink, errors: sink)
    }

    /// Each stage over the whole corpus in memory, on this thread, in pipeline order.
    private func measureStages(_ pipeline: Pipeline, corpus: String) throws -> [BenchmarkReport.StageFigure] {
        var documents = try Self.documents(in: corpus, maxDocumentBytes: pipeline.maxDocumentBytes)
        return pipeline.stages.map { Self.measure($0, on: &documents, name: $0.name) }
    }

    /// The pipeline's `clean` stage alone on the HTML pages of `folder`,
    /// repeated to about 20 MB, so its HTML throughput has a figure of its own.
    private func measureHTMLCleaning(_ pipeline: Pipeline, pages folder: String) throws -> BenchmarkReport.StageFigure? {
        guard let clean = pipeline.stages.first(where: { $0.name == CleanStage.name }) else { return nil }
        let pages = try Self.documents(in: folder, maxDocumentBytes: pipeline.maxDocumentBytes, include: ["*.html", "*.htm"])
        let pageBytes = pages.reduce(0) { $0 + $1.text.utf8.count }
        guard pageBytes > 0 else { return nil }
        var documents = Array(repeating: pages, count: max(1, 20_000_000 / pageBytes)).flatMap { $0 }
        return Self.measure(clean, on: &documents, name: "clean (HTML pages)")
    }

    private static func documents(in path: String, maxDocumentBytes: Int, include: [String] = []) throws -> [Document] {
        let reader = DocumentReader(
            plan: try InputPlan(inputs: [path], include: include), maxDocumentBytes: maxDocumentBytes)
        var documents: [Document] = []
        while let raw = reader.next() {
            if let document = try? DocumentDecoder.decode(raw) { documents.append(document) }
        }
        return documents
    }

    private static func measure(
        _ configured: ConfiguredStage, on documents: inout [Document], name: String
    ) -> BenchmarkReport.StageFigure {
        let bytes = documents.reduce(0) { $0 + $1.text.utf8.count }
        let start = DispatchTime.now().uptimeNanoseconds
        for index in documents.indices {
            try? configured.stage.process(&documents[index])
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return .init(name: name, bytes: bytes, documents: documents.count, seconds: seconds)
    }
}

/// The peak resident memory of this process.
enum PeakMemory {
    static func residentBytes() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        #if os(Linux)
            return usage.ru_maxrss * 1024
        #else
            return usage.ru_maxrss
        #endif
    }
}
