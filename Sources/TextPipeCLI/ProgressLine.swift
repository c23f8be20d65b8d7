import Foundation
import TextPipe

/// The progress line on a terminal, redrawn in place four times a second.
///
/// It never grows wider than the terminal (a wrapped line cannot be redrawn
/// in place, and each update would leave a line behind): when the full line
/// does not fit, the least useful parts go first (see ``ProgressText``).
final class ProgressLine: @unchecked Sendable {
    private let runner: Runner
    private let timer: DispatchSourceTimer
    /// When drawing started: counting the input before that is not run time.
    private var startDate = Date()
    private let totalDocuments: Int?
    private let totalBytes: Int

    /// A shard shows no document total (counting would read every line of
    /// the input) and expects its share of the bytes. With a `limit` the
    /// total is the documents up to it, and the bytes of the whole input
    /// say nothing of how far that is.
    init(runner: Runner, plan: InputPlan, shard: ShardSpec?, limit: Int?) {
        self.runner = runner
        let count = shard == nil ? plan.countDocuments() : nil
        self.totalDocuments = limit.map { limit in count.map { min($0, limit) } ?? limit } ?? count
        self.totalBytes = limit == nil ? plan.totalBytes() / (shard?.count ?? 1) : 0
        self.timer = DispatchSource.makeTimerSource(queue: DispatchQueue(label: "textpipe.progress"))
    }

    func start() {
        startDate = Date()
        timer.schedule(deadline: .now() + .milliseconds(200), repeating: .milliseconds(250))
        timer.setEventHandler { [self] in draw() }
        timer.resume()
    }

    func stop() {
        timer.cancel()
        Console.write("\r\u{1B}[K")
    }

    private func draw() {
        let text = ProgressText(
            progress: runner.progress, totalDocuments: totalDocuments, totalBytes: totalBytes,
            elapsed: Date().timeIntervalSince(startDate))
        Console.write("\r\u{1B}[K" + text.line(width: Console.standardErrorWidth))
    }
}

/// What the progress line says, fitted to a width.
struct ProgressText {
    var progress: RunProgress
    var totalDocuments: Int?
    var totalBytes: Int
    var elapsed: Double

    /// The line in at most `width - 1` characters (the last column is left
    /// free: a character there makes some terminals wrap). Parts are dropped
    /// from the least useful: documents/s, MB/s, the document counts, the
    /// elapsed time, the failures; the percentage and ETA stay longest.
    func line(width: Int) -> String {
        let room = max(width - 1, 1)
        var parts = self.parts
        while parts.count > 1, Self.join(parts).count > room {
            let leastUseful = parts.indices.max { parts[$0].dropOrder < parts[$1].dropOrder }!
            parts.remove(at: leastUseful)
        }
        return String(Self.join(parts).prefix(room))
    }

    private struct Part {
        var text: String
        /// Lower goes first.
        var dropOrder: Int
    }

    private static func join(_ parts: [Part]) -> String { parts.map(\.text).joined(separator: " · ") }

    private var parts: [Part] {
        let seconds = max(elapsed, 0.001)
        var parts: [Part] = []
        if let fraction { parts.append(Part(text: String(format: "%.0f%%", fraction * 100), dropOrder: 0)) }
        let total = totalDocuments.map { "/\($0)" } ?? ""
        parts.append(Part(text: "\(progress.documentsDone)\(total) docs", dropOrder: 4))
        if progress.documentsFailed > 0 { parts.append(Part(text: "\(progress.documentsFailed) failed", dropOrder: 2)) }
        parts.append(Part(text: Self.duration(elapsed) + " elapsed", dropOrder: 3))
        if let remaining { parts.append(Part(text: "ETA " + Self.duration(remaining), dropOrder: 1)) }
        parts.append(Part(text: String(format: "%.2f MB/s", Double(progress.bytesDone) / 1e6 / seconds), dropOrder: 5))
        parts.append(Part(text: String(format: "%.1f docs/s", Double(progress.documentsDone) / seconds), dropOrder: 6))
        return parts
    }

    /// The share done: of the documents when their total is known, else of the bytes.
    private var fraction: Double? {
        if let totalDocuments, totalDocuments > 0 {
            return min(Double(progress.documentsDone) / Double(totalDocuments), 1)
        }
        return totalBytes > 0 ? min(Double(progress.bytesDone) / Double(totalBytes), 1) : nil
    }

    /// Seconds left at the byte rate so far; without a byte total (a run
    /// with a limit), at the document rate.
    private var remaining: Double? {
        if totalBytes > 0 {
            guard progress.bytesDone > 0 else { return nil }
            return Double(max(totalBytes - progress.bytesDone, 0)) / Double(progress.bytesDone) * elapsed
        }
        guard let fraction, fraction > 0 else { return nil }
        return (1 - fraction) / fraction * elapsed
    }

    static func duration(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded())
        return whole >= 3600
            ? String(format: "%d:%02d:%02d", whole / 3600, whole / 60 % 60, whole % 60)
            : String(format: "%d:%02d", whole / 60, whole % 60)
    }
}
