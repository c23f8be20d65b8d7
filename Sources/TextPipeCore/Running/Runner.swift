import Dispatch
import Foundation

/// Runs a pipeline over documents on several workers and writes the results in
/// input order, accounting for every document read.
///
/// Workers take documents from the reader one at a time (under a lock, so
/// reading is sequential and lazy), process them, and hand the result to a
/// ``ReorderBuffer`` that writes in input order. A worker may only take a new
/// document while fewer than `inFlightLimit` documents are unwritten, so
/// memory does not grow with the corpus.
///
/// Workers are threads of their own rather than a fixed `concurrentPerform`:
/// when a document runs past a time limit, a watchdog fails it and starts a
/// replacement worker, leaving the stuck one to finish (its result is
/// dropped) without holding up the run.
public final class Runner: @unchecked Sendable {
    /// How a run relates to other runs: a shard of a larger one, the
    /// continuation of an interrupted one, and where its manifest goes.
    public struct Options: Sendable {
        /// Process only this shard's documents.
        public var shard: ShardSpec?
        /// Copy the records of unchanged documents from this earlier run.
        public var previousRun: PreviousRun?
        /// Keep a manifest of the run here.
        public var manifest: ManifestWriter?
        /// Process at most this many documents (of the shard's own, for a shard).
        public var limit: Int?

        public init(
            shard: ShardSpec? = nil, previousRun: PreviousRun? = nil, manifest: ManifestWriter? = nil, limit: Int? = nil
        ) {
            self.shard = shard
            self.previousRun = previousRun
            self.manifest = manifest
            self.limit = limit
        }
    }

    /// Where one document ended up.
    enum Outcome {
        /// A record for the output (`reused` from the previous run).
        case written(line: [UInt8], id: String, hash: UInt64, reused: Bool, bytes: Int)
        /// An error record.
        case failed(ErrorRecord, line: [UInt8], hash: UInt64, reused: Bool, bytes: Int)
        /// Another shard's document.
        case elsewhere(bytes: Int)
    }

    private let pipeline: Pipeline
    private let jobs: Int
    private let inFlightLimit: Int
    private let options: Options
    private let inFlight: InFlightDocuments?

    private let stateLock = NSLock()
    private var progressState = RunProgress()
    private var stageNanoseconds: [UInt64]
    private var stopReason: RunStatistics.StopReason?
    private var duplicateIDs = DuplicateIDs()
    private var failureReasons = FailureReasons()
    private let workers = NSCondition()
    private var liveWorkers = 0
    /// For a shard: the manifest key (``RawDocument/position``) of each
    /// document taken and not yet recorded, so that the merge can order the
    /// documents of all shards.
    private var positions: [Int: Int] = [:]

    /// Creates a runner with `jobs` workers (at least 1).
    public init(pipeline: Pipeline, jobs: Int, options: Options = Options()) {
        self.pipeline = pipeline
        self.jobs = max(1, jobs)
        self.inFlightLimit = max(16, self.jobs * 8)
        self.options = options
        self.stageNanoseconds = Array(repeating: 0, count: pipeline.stages.count + 2)
        let stageLimits = pipeline.stages.map(\.timeout)
        inFlight =
            pipeline.timeout == nil && stageLimits.allSatisfy({ $0 == nil })
            ? nil
            : InFlightDocuments(
                documentLimit: pipeline.timeout, stageLimits: stageLimits,
                stageNames: pipeline.stages.map(\.name) + ["output"])
    }

    /// Asks the run to stop: workers finish the documents they hold, those are
    /// written, and ``run(reader:output:errors:)`` returns. Safe from any thread.
    public func requestStop() {
        stop(.requested)
    }

    /// Stops taking documents; the first reason given is the one reported.
    private func stop(_ reason: RunStatistics.StopReason) {
        stateLock.withLock { stopReason = stopReason ?? reason }
    }

    /// A snapshot of the progress so far; safe to call from any thread.
    public var progress: RunProgress {
        stateLock.withLock { progressState }
    }

    /// Processes every document of `reader`, writing results to `output` and
    /// failures to `errors`, and returns the run's statistics. The manifest,
    /// if any, is marked complete when the run read all its input and
    /// accounted for every document.
    public func run(reader: DocumentReader, output: OutputFile, errors: OutputFile) -> RunStatistics {
        let start = DispatchTime.now().uptimeNanoseconds
        let source = SequencedReader(reader, limit: options.limit)
        let sink = RecordSink(output: output, errors: errors, manifest: options.manifest)
        let buffer = ReorderBuffer<Outcome>(capacity: inFlightLimit) { sequence, outcome in
            self.record(outcome, sequence: sequence, into: sink)
        }
        let watchdog = startWatchdog(source: source, buffer: buffer)
        for _ in 0..<jobs { startWorker(source: source, buffer: buffer, replacing: false) }
        workers.lock()
        while liveWorkers > 0 { workers.wait() }
        workers.unlock()
        watchdog?.cancel()
        if source.limitReached { stop(.limitReached) }
        var statistics = statistics(wallNanoseconds: DispatchTime.now().uptimeNanoseconds - start)
        statistics.documentsRead = source.taken
        let complete = !statistics.stoppedEarly && statistics.unaccounted == 0
        sink.finish(
            complete
                ? RunManifest.Footer(
                    inputs: statistics.documentsRead - statistics.documentsElsewhere, written: statistics.documentsOK, failed: statistics.documentsFailed)
                : nil)
        return statistics
    }

    // MARK: - Workers

    private func startWorker(source: SequencedReader, buffer: ReorderBuffer<Outcome>, replacing: Bool) {
        if !replacing { workers.withLock { liveWorkers += 1 } }
        let thread = Thread { [self] in work(source: source, buffer: buffer) }
        thread.stackSize = 8 << 20
        thread.start()
    }

    private func work(source: SequencedReader, buffer: ReorderBuffer<Outcome>) {
        var timings = [UInt64](repeating: 0, count: stageNanoseconds.count)
        while stateLock.withLock({ stopReason == nil }), let (sequence, raw) = source.take() {
            if options.shard != nil { stateLock.withLock { positions[sequence] = raw.position } }
            buffer.waitForSlot(sequence)
            let outcome = process(raw, sequence: sequence, timings: &timings)
            // A document the watchdog already failed: a replacement worker took over.
            if let inFlight, !inFlight.finish(sequence) { return }
            buffer.complete(sequence, with: outcome)
        }
        stateLock.withLock {
            for index in timings.indices { stageNanoseconds[index] += timings[index] }
        }
        workers.withLock {
            liveWorkers -= 1
            workers.broadcast()
        }
    }

    /// Fails documents past a time limit and replaces their workers; nil without limits.
    private func startWatchdog(source: SequencedReader, buffer: ReorderBuffer<Outcome>) -> DispatchSourceTimer? {
        guard let inFlight, let shortest = inFlight.shortestLimit else { return nil }
        let interval = DispatchTimeInterval.nanoseconds(Int(min(max(shortest / 4, 5_000_000), 100_000_000)))
        let timer = DispatchSource.makeTimerSource(queue: DispatchQueue(label: "textpipe.watchdog"))
        timer.schedule(deadline: .now() + interval, repeating: interval)
        timer.setEventHandler { [self] in
            for expired in inFlight.expire(now: DispatchTime.now().uptimeNanoseconds) {
                let slot = expired.slot
                let stage = slot.stage.map { $0 < pipeline.stages.count ? pipeline.stages[$0].name : "output" }
                let record = ErrorRecord(id: slot.id, stage: stage ?? ErrorRecord.inputStage, error: expired.message)
                buffer.complete(
                    expired.sequence,
                    with: .failed(record, line: record.encoded(), hash: slot.hash, reused: false, bytes: slot.bytes))
                startWorker(source: source, buffer: buffer, replacing: true)
            }
        }
        timer.resume()
        return timer
    }

    // MARK: - One document

    /// Runs every stage over one document; never throws, failures become records.
    private func process(_ raw: RawDocument, sequence: Int, timings: inout [UInt64]) -> Outcome {
        var clock = DispatchTime.now().uptimeNanoseconds
        func lap(_ slot: Int) {
            let now = DispatchTime.now().uptimeNanoseconds
            timings[slot] += now - clock
            clock = now
        }
        defer { lap(timings.count - 1) }
        // Only the manifest and resuming need the fingerprint; other runs skip hashing.
        let hash = options.manifest != nil || options.previousRun != nil ? InputFingerprint.of(raw) : 0
        inFlight?.begin(sequence, id: raw.provisionalID, hash: hash, bytes: raw.byteCount)
        let key = options.shard == nil ? sequence : raw.position
        if let (entry, line) = options.previousRun?.record(of: key, hash: hash) {
            lap(0)
            guard entry.status == .failed else {
                return .written(line: line, id: entry.id, hash: hash, reused: true, bytes: raw.byteCount)
            }
            let record =
                ErrorRecord(decoding: line) ?? ErrorRecord(id: entry.id, stage: ErrorRecord.inputStage, error: "failed before")
            return .failed(record, line: line, hash: hash, reused: true, bytes: raw.byteCount)
        }
        if case .elsewhere = raw.content { return .elsewhere(bytes: 0) }
        var document: Document
        do {
            document = try DocumentDecoder.decode(raw)
        } catch {
            lap(0)
            let record = ErrorRecord(id: error.id, stage: ErrorRecord.inputStage, error: error.description)
            return .failed(record, line: record.encoded(), hash: hash, reused: false, bytes: raw.byteCount)
        }
        lap(0)
        inFlight?.identify(sequence, as: document.id)
        for (index, configured) in pipeline.stages.enumerated() {
            inFlight?.enterStage(sequence, index)
            do {
                try configured.stage.process(&document)
            } catch {
                lap(index + 1)
                let record = ErrorRecord(id: document.id, stage: configured.name, error: "\(error)")
                return .failed(record, line: record.encoded(), hash: hash, reused: false, bytes: raw.byteCount)
            }
            lap(index + 1)
        }
        inFlight?.enterStage(sequence, pipeline.stages.count)
        return .written(
            line: DocumentEncoder.encode(document), id: document.id, hash: hash, reused: false, bytes: raw.byteCount)
    }

    /// Writes one outcome; called in input order under the reorder buffer's lock.
    private func record(_ outcome: Outcome, sequence: Int, into sink: RecordSink) {
        let sequence = options.shard == nil ? sequence : stateLock.withLock { positions.removeValue(forKey: sequence) ?? sequence }
        switch outcome {
        case .written(let line, let id, let hash, let reused, let bytes):
            sink.write(line, sequence: sequence, id: id, hash: hash)
            stateLock.withLock {
                progressState.documentsDone += 1
                progressState.bytesDone += bytes
                if reused { progressState.documentsReused += 1 }
                duplicateIDs.note(id)
            }
        case .failed(let record, let line, let hash, let reused, let bytes):
            sink.fail(line, sequence: sequence, id: record.id, hash: hash)
            stateLock.withLock {
                progressState.documentsDone += 1
                progressState.documentsFailed += 1
                progressState.bytesDone += bytes
                if reused { progressState.documentsReused += 1 }
                duplicateIDs.note(record.id)
                failureReasons.add(stage: record.stage, message: record.error)
            }
            if pipeline.onError == .fail { stop(.documentFailed) }
        case .elsewhere(let bytes):
            stateLock.withLock {
                progressState.documentsElsewhere += 1
                progressState.bytesDone += bytes
            }
        }
        if sink.writeFailed { stop(.writeFailed) }
    }

    private func statistics(wallNanoseconds: UInt64) -> RunStatistics {
        stateLock.withLock {
            var statistics = RunStatistics()
            statistics.documentsFailed = progressState.documentsFailed
            statistics.documentsOK = progressState.documentsDone - progressState.documentsFailed
            statistics.documentsReused = progressState.documentsReused
            statistics.documentsElsewhere = progressState.documentsElsewhere
            statistics.inputBytes = progressState.bytesDone
            statistics.wallSeconds = Double(wallNanoseconds) / 1e9
            statistics.jobs = jobs
            statistics.stopReason = stopReason
            statistics.duplicateIDs = duplicateIDs
            statistics.failureReasons = failureReasons
            let names = ["input"] + pipeline.stages.map(\.name) + ["output"]
            statistics.stageSeconds = zip(names, stageNanoseconds).map { ($0, Double($1) / 1e9) }
            return statistics
        }
    }
}
