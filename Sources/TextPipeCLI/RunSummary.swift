import Foundation
import TextPipe

/// The end-of-run summary printed on stderr.
enum RunSummary {
    static func text(_ statistics: RunStatistics, errorsPath: String?, interrupted: Bool = false) -> String {
        var lines = [
            String(
                format: "textpipe: %d documents ok, %d failed · %.2f MB in %.2f s · %.1f docs/s · %.2f MB/s · %d %@",
                statistics.documentsOK, statistics.documentsFailed, Double(statistics.inputBytes) / 1e6,
                statistics.wallSeconds, statistics.documentsPerSecond, statistics.megabytesPerSecond, statistics.jobs,
                statistics.jobs == 1 ? "job" : "jobs"),
            accounting(statistics),
        ]
        let shares = statistics.stageShares.map { String(format: "%@ %.0f%%", $0.name, $0.share * 100) }
        lines.append("time per stage: " + shares.joined(separator: " · "))
        if interrupted {
            lines.append("interrupted: the documents counted above were written; the rest were not read")
        } else if statistics.stoppedEarly {
            lines.append("stopped at the first failure (on_error: fail)")
        }
        if let errorsPath { lines.append("failures recorded in \(errorsPath == "stderr" ? "the lines above" : errorsPath)") }
        return lines.joined(separator: "\n")
    }

    /// "inputs 100 = 97 written + 3 failed", with the documents left to other
    /// shards and those copied from an interrupted run.
    private static func accounting(_ statistics: RunStatistics) -> String {
        var line = "inputs \(statistics.documentsRead) = \(statistics.documentsOK) written + \(statistics.documentsFailed) failed"
        if statistics.documentsElsewhere > 0 { line += " + \(statistics.documentsElsewhere) for other shards" }
        if statistics.unaccounted != 0 { line += " (\(statistics.unaccounted) UNACCOUNTED)" }
        if statistics.documentsReused > 0 {
            line += " · \(statistics.documentsReused) copied from the interrupted run"
        }
        return line
    }
}

/// The progress line on a terminal: documents done of total, documents/s, MB/s and ETA.
final class ProgressLine: @unchecked Sendable {
    private let runner: Runner
    private let timer: DispatchSourceTimer
    private let startDate = Date()
    private let totalDocuments: Int?
    private let totalBytes: Int

    /// A shard shows no document total (counting would read every line of
    /// the input) and expects its share of the bytes.
    init(runner: Runner, plan: InputPlan, shard: ShardSpec?) {
        self.runner = runner
        self.totalDocuments = shard == nil ? plan.countDocuments() : nil
        self.totalBytes = plan.totalBytes() / (shard?.count ?? 1)
        self.timer = DispatchSource.makeTimerSource(queue: DispatchQueue(label: "textpipe.progress"))
    }

    func start() {
        timer.schedule(deadline: .now() + .milliseconds(200), repeating: .milliseconds(250))
        timer.setEventHandler { [self] in draw() }
        timer.resume()
    }

    func stop() {
        timer.cancel()
        Console.write("\r\u{1B}[K")
    }

    private func draw() {
        let progress = runner.progress
        let elapsed = max(Date().timeIntervalSince(startDate), 0.001)
        let documentsPerSecond = Double(progress.documentsDone) / elapsed
        let megabytesPerSecond = Double(progress.bytesDone) / 1e6 / elapsed
        var line = "\r\u{1B}[K\(progress.documentsDone)"
        if let totalDocuments { line += "/\(totalDocuments)" }
        line += " docs"
        if progress.documentsFailed > 0 { line += " (\(progress.documentsFailed) failed)" }
        line += String(format: " · %.1f docs/s · %.2f MB/s", documentsPerSecond, megabytesPerSecond)
        if totalBytes > 0, progress.bytesDone > 0 {
            let remaining = Double(max(totalBytes - progress.bytesDone, 0)) / Double(progress.bytesDone) * elapsed
            line += " · ETA " + Self.duration(remaining)
        }
        Console.write(line)
    }

    private static func duration(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded())
        return whole >= 3600
            ? String(format: "%d:%02d:%02d", whole / 3600, whole / 60 % 60, whole % 60)
            : String(format: "%d:%02d", whole / 60, whole % 60)
    }
}
