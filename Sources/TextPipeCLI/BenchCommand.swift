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

    @Option(help: "Corpus size in MB of text.")
    var size = 50.0

    @Option(name: .customLong("jobs"), help: "Worker counts to run the whole pipeline with (repeatable).")
    var jobCounts: [Int] = [1, 2]

    @Option(help: "Keep the generated corpus at this path (default: a temporary file, removed after).")
    var corpus: String?

    @Flag(help: "Print the results as JSON.")
    var json = false

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
        if !json {
            Console.error(String(format: "measuring on %.1f MB (%d documents)...", Double(generated.bytes) / 1e6, generated.documents))
        }
        var report = BenchmarkReport(corpusBytes: generated.bytes, corpusDocuments: generated.documents)
        for jobs in jobCounts {
            report.pipelineRuns.append(try runPipeline(loaded, corpus: corpusPath, jobs: jobs))
        }
        report.peakMemoryBytes = PeakMemory.residentBytes()
        report.stages = try measureStages(loaded, corpus: corpusPath)
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
        let reader = DocumentReader(plan: try InputPlan(inputs: [corpus]), maxDocumentBytes: pipeline.maxDocumentBytes)
        var documents: [Document] = []
        while let raw = reader.next() {
            if let document = try? DocumentDecoder.decode(raw) { documents.append(document) }
        }
        var figures: [BenchmarkReport.StageFigure] = []
        for configured in pipeline.stages {
            let bytes = documents.reduce(0) { $0 + $1.text.utf8.count }
            let start = DispatchTime.now().uptimeNanoseconds
            for index in documents.indices {
                try? configured.stage.process(&documents[index])
            }
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            figures.append(.init(name: configured.name, bytes: bytes, documents: documents.count, seconds: seconds))
        }
        return figures
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
