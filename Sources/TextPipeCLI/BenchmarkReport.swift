import Foundation
import TextPipe

/// The results of `textpipe bench`, as a table or JSON.
struct BenchmarkReport {
    /// One stage's throughput on one core.
    struct StageFigure {
        var name: String
        /// Bytes of text the stage was given (after earlier stages, e.g. clean).
        var bytes: Int
        var documents: Int
        var seconds: Double

        var megabytesPerSecond: Double { seconds > 0 ? Double(bytes) / 1e6 / seconds : 0 }
        var documentsPerSecond: Double { seconds > 0 ? Double(documents) / seconds : 0 }
    }

    var corpusBytes: Int
    var corpusDocuments: Int
    var pipelineRuns: [RunStatistics] = []
    var stages: [StageFigure] = []
    var peakMemoryBytes = 0

    var table: String {
        var lines = [
            String(format: "corpus: %.1f MB, %d documents", Double(corpusBytes) / 1e6, corpusDocuments),
            "",
            "stage (1 core)            MB/s     docs/s",
        ]
        for stage in stages {
            lines.append(
                stage.name.padding(toLength: 20, withPad: " ", startingAt: 0)
                    + String(format: "%11.1f %10.0f", stage.megabytesPerSecond, stage.documentsPerSecond))
        }
        lines += ["", "whole pipeline            MB/s     docs/s    seconds"]
        for run in pipelineRuns {
            lines.append(
                "--jobs \(run.jobs)".padding(toLength: 20, withPad: " ", startingAt: 0)
                    + String(format: "%11.1f %10.0f %10.2f", run.megabytesPerSecond, run.documentsPerSecond, run.wallSeconds))
        }
        lines += ["", String(format: "peak memory (RSS) during the pipeline runs: %.0f MB", Double(peakMemoryBytes) / 1e6)]
        return lines.joined(separator: "\n")
    }

    var json: String {
        let stageValues = stages.map { stage -> JSONValue in
            .object([
                "name": .string(stage.name), "mb_per_second": .double(round1(stage.megabytesPerSecond)),
                "documents_per_second": .double(round1(stage.documentsPerSecond)),
            ])
        }
        var writer = JSONWriter()
        writer.value(
            .object([
                "corpus_bytes": .integer(corpusBytes), "corpus_documents": .integer(corpusDocuments),
                "stages": .array(stageValues), "pipeline": .array(pipelineRuns.map(\.json)),
                "peak_memory_bytes": .integer(peakMemoryBytes),
            ]))
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    private func round1(_ value: Double) -> Double { (value * 10).rounded() / 10 }
}
