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
        if let stop = stopLine(statistics, interrupted: interrupted) { lines.append(stop) }
        if let duplicates = duplicateLine(statistics.duplicateIDs) { lines.append(duplicates) }
        lines += failureReasonLines(statistics.failureReasons)
        if let errorsPath { lines.append("failures recorded in \(errorsPath == "stderr" ? "the lines above" : errorsPath)") }
        return lines.joined(separator: "\n")
    }

    /// How many failure reasons the summary lists.
    static let shownReasons = 5

    private static func stopLine(_ statistics: RunStatistics, interrupted: Bool) -> String? {
        if interrupted { return "interrupted: the documents counted above were written; the rest were not read" }
        switch statistics.stopReason {
        case nil, .requested?: return nil
        case .documentFailed?: return "stopped at the first failure (on_error: fail)"
        case .writeFailed?: return "stopped: a write failed (below); each file ends at its last whole record: make room, then --resume"
        case .limitReached?:
            return "stopped after the first \(statistics.documents) documents (--limit); --resume without --limit carries on with the rest"
        }
    }

    /// "warning: 3 documents have the id of an earlier one (first: 'a7')".
    static func duplicateLine(_ duplicates: DuplicateIDs) -> String? {
        guard let first = duplicates.firstDuplicate else { return nil }
        let count = duplicates.count == 1 ? "1 document has" : "\(duplicates.count) documents have"
        return "warning: \(count) the id of an earlier one (first: '\(first)'); ids no longer tell documents apart"
    }

    /// The most frequent failure reasons, one line each, with their counts.
    private static func failureReasonLines(_ reasons: FailureReasons) -> [String] {
        let top = reasons.top(shownReasons)
        guard !top.isEmpty else { return [] }
        let width = String(top[0].count).count
        var lines = ["failures by reason:"]
        for reason in top {
            let count = String(reason.count)
            lines.append("  " + String(repeating: " ", count: width - count.count) + count + "  \(reason.stage): \(reason.example)")
        }
        let others = reasons.failures(beyondTop: shownReasons)
        if others > 0 { lines.append("  and \(others) more for other reasons") }
        return lines
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
