import Dispatch
import Foundation

/// Runs a pipeline over documents on several workers and writes the results in
/// input order.
///
/// Workers take documents from the reader one at a time (under a lock, so
/// reading is sequential and lazy), process them, and hand the result to a
/// ``ReorderBuffer`` that writes in input order. A worker may only take a new
/// document while fewer than `inFlightLimit` documents are unwritten, so
/// memory does not grow with the corpus.
public final class Runner: @unchecked Sendable {
    private let pipeline: Pipeline
    private let jobs: Int
    private let inFlightLimit: Int

    private let stateLock = NSLock()
    private var progressState = RunProgress()
    private var stageNanoseconds: [UInt64]
    private var shouldStop = false

    /// Where one document ended up.
    enum Outcome {
        case written([UInt8], bytes: Int)
        case failed(ErrorRecord, bytes: Int)
    }

    /// Creates a runner with `jobs` workers (at least 1).
    public init(pipeline: Pipeline, jobs: Int) {
        self.pipeline = pipeline
        self.jobs = max(1, jobs)
        self.inFlightLimit = max(16, self.jobs * 8)
        self.stageNanoseconds = Array(repeating: 0, count: pipeline.stages.count + 2)
    }

    /// Asks the run to stop: workers finish the documents they hold, those are
    /// written, and ``run(reader:output:errors:)`` returns. Safe from any thread.
    public func requestStop() {
        stateLock.withLock { shouldStop = true }
    }

    /// A snapshot of the progress so far; safe to call from any thread.
    public var progress: RunProgress {
        stateLock.withLock { progressState }
    }

    /// Processes every document of `reader`, writing results to `output` and
    /// failures to `errors`, and returns the run's statistics.
    public func run(reader: DocumentReader, output: OutputFile, errors: OutputFile) -> RunStatistics {
        let start = DispatchTime.now().uptimeNanoseconds
        let sequencedReader = SequencedReader(reader)
        let buffer = ReorderBuffer<Outcome>(capacity: inFlightLimit) { outcome in
            self.record(outcome, output: output, errors: errors)
        }
        DispatchQueue.concurrentPerform(iterations: jobs) { _ in
            var timings = [UInt64](repeating: 0, count: stageNanoseconds.count)
            while true {
                guard !stateLock.withLock({ shouldStop }), let (sequence, raw) = sequencedReader.take() else { break }
                buffer.waitForSlot(sequence)
                buffer.complete(sequence, with: process(raw, timings: &timings))
            }
            stateLock.withLock {
                for index in timings.indices { stageNanoseconds[index] += timings[index] }
            }
        }
        output.flush()
        errors.flush()
        return statistics(wallNanoseconds: DispatchTime.now().uptimeNanoseconds - start)
    }

    /// Runs every stage over one document; never throws, failures become records.
    private func process(_ raw: RawDocument, timings: inout [UInt64]) -> Outcome {
        var clock = DispatchTime.now().uptimeNanoseconds
        func lap(_ slot: Int) {
            let now = DispatchTime.now().uptimeNanoseconds
            timings[slot] += now - clock
            clock = now
        }
        var document: Document
        do {
            document = try DocumentDecoder.decode(raw)
        } catch {
            lap(0)
            return .failed(ErrorRecord(id: error.id, stage: ErrorRecord.inputStage, error: error.description), bytes: raw.byteCount)
        }
        lap(0)
        for (index, configured) in pipeline.stages.enumerated() {
            do {
                try configured.stage.process(&document)
            } catch {
                lap(index + 1)
                return .failed(ErrorRecord(id: document.id, stage: configured.name, error: "\(error)"), bytes: raw.byteCount)
            }
            lap(index + 1)
        }
        let line = DocumentEncoder.encode(document)
        lap(timings.count - 1)
        return .written(line, bytes: raw.byteCount)
    }

    /// Writes one outcome; called in input order under the reorder buffer's lock.
    private func record(_ outcome: Outcome, output: OutputFile, errors: OutputFile) {
        switch outcome {
        case .written(let line, let bytes):
            output.writeLine(line)
            stateLock.withLock {
                progressState.documentsDone += 1
                progressState.bytesDone += bytes
            }
        case .failed(let record, let bytes):
            errors.writeLine(record.encoded())
            errors.flush()
            stateLock.withLock {
                progressState.documentsDone += 1
                progressState.documentsFailed += 1
                progressState.bytesDone += bytes
                if pipeline.onError == .fail { shouldStop = true }
            }
        }
    }

    private func statistics(wallNanoseconds: UInt64) -> RunStatistics {
        stateLock.withLock {
            var statistics = RunStatistics()
            statistics.documentsFailed = progressState.documentsFailed
            statistics.documentsOK = progressState.documentsDone - progressState.documentsFailed
            statistics.inputBytes = progressState.bytesDone
            statistics.wallSeconds = Double(wallNanoseconds) / 1e9
            statistics.jobs = jobs
            statistics.stoppedEarly = shouldStop
            let names = ["input"] + pipeline.stages.map(\.name) + ["output"]
            statistics.stageSeconds = zip(names, stageNanoseconds).map { ($0, Double($1) / 1e9) }
            return statistics
        }
    }
}
