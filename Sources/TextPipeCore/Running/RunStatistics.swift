/// What a run did and how long it took.
public struct RunStatistics: Sendable {
    /// Input documents read (for a shard: its own, and the files of other shards it passed).
    public var documentsRead = 0
    /// Documents written to the output.
    public var documentsOK = 0
    /// Documents recorded in errors.jsonl.
    public var documentsFailed = 0
    /// Of those written or failed, the ones copied from an interrupted run (`--resume`).
    public var documentsReused = 0
    /// Files left to other shards (their JSONL lines are not even read).
    public var documentsElsewhere = 0
    /// Bytes of input read.
    public var inputBytes = 0
    /// Wall-clock time of the run in seconds.
    public var wallSeconds = 0.0
    /// Worker count.
    public var jobs = 1
    /// Time spent in each stage (summed over workers), in pipeline order;
    /// `input` and `output` cover decoding and encoding.
    public var stageSeconds: [(name: String, seconds: Double)] = []
    /// Why the run stopped before the end of its input; nil when it read it all.
    public var stopReason: StopReason?
    /// Documents whose id an earlier document already had, and the first such id.
    public var duplicateIDs = DuplicateIDs()
    /// The failures grouped by reason.
    public var failureReasons = FailureReasons()

    /// Why a run ended before the end of its input.
    public enum StopReason: String, Sendable {
        /// Asked to stop (Ctrl-C, SIGTERM).
        case requested
        /// A document failed and `on_error` is `fail`.
        case documentFailed = "document_failed"
        /// Writing the output, errors or manifest failed (a full disk).
        case writeFailed = "write_failed"
        /// The run reached its document limit (`--limit`).
        case limitReached = "limit_reached"
    }

    public init() {}

    /// Whether the run stopped before the end of the input.
    public var stoppedEarly: Bool { stopReason != nil }

    /// Documents seen, written or failed.
    public var documents: Int { documentsOK + documentsFailed }
    /// Documents read but neither written, failed nor left to another shard:
    /// 0 unless something went wrong.
    public var unaccounted: Int { documentsRead - documentsOK - documentsFailed - documentsElsewhere }
    /// Documents per second of wall time.
    public var documentsPerSecond: Double { wallSeconds > 0 ? Double(documents) / wallSeconds : 0 }
    /// Megabytes (10^6 bytes) of input per second of wall time.
    public var megabytesPerSecond: Double { wallSeconds > 0 ? Double(inputBytes) / 1e6 / wallSeconds : 0 }

    /// Each stage's share of all stage time, from 0 to 1.
    public var stageShares: [(name: String, share: Double)] {
        let total = stageSeconds.reduce(0) { $0 + $1.seconds }
        return stageSeconds.map { ($0.name, total > 0 ? $0.seconds / total : 0) }
    }

    /// The statistics as a JSON object (for `--stats FILE`).
    public var json: JSONValue {
        let stages = stageSeconds.map { entry -> JSONValue in
            let share = stageShares.first { $0.name == entry.name }?.share ?? 0
            return .object(["name": .string(entry.name), "seconds": .double(round4(entry.seconds)), "share": .double(round4(share))])
        }
        return .object([
            "documents_read": .integer(documentsRead),
            "documents_ok": .integer(documentsOK),
            "documents_failed": .integer(documentsFailed),
            "documents_reused": .integer(documentsReused),
            "documents_other_shards": .integer(documentsElsewhere),
            "documents_unaccounted": .integer(unaccounted),
            "input_bytes": .integer(inputBytes),
            "input_mb": .double(round4(Double(inputBytes) / 1e6)),
            "wall_seconds": .double(round4(wallSeconds)),
            "documents_per_second": .double(round4(documentsPerSecond)),
            "mb_per_second": .double(round4(megabytesPerSecond)),
            "jobs": .integer(jobs),
            "stopped_early": .bool(stoppedEarly),
            "stop_reason": stopReason.map { .string($0.rawValue) } ?? .null,
            "documents_duplicate_id": .integer(duplicateIDs.count),
            "first_duplicate_id": duplicateIDs.firstDuplicate.map(JSONValue.string) ?? .null,
            "failure_reasons": .array(
                failureReasons.top(FailureReasons.distinctLimit).map {
                    .object(["stage": .string($0.stage), "example": .string($0.example), "count": .integer($0.count)])
                }),
            "stages": .array(stages),
        ])
    }

    private func round4(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }
}

/// Counts of a run in progress, for the progress line.
public struct RunProgress: Sendable {
    /// Documents finished (written or failed).
    public var documentsDone = 0
    /// Documents failed so far.
    public var documentsFailed = 0
    /// Documents copied from an interrupted run so far.
    public var documentsReused = 0
    /// Documents left to other shards so far.
    public var documentsElsewhere = 0
    /// Input bytes finished.
    public var bytesDone = 0

    public init() {}
}
