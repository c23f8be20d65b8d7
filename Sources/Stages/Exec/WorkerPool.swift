import Foundation
import TextPipeCore

/// The live workers of one exec stage. A document borrows an idle worker or,
/// when none is idle and the limit allows, starts a new one; so without a
/// limit there are as many workers as documents in flight (the run's jobs).
final class WorkerPool: @unchecked Sendable {
    private let launcher: WorkerLauncher
    private let limit: Int
    private let condition = NSCondition()
    private var idle: [WorkerProcess] = []
    /// Workers started and not yet stopped, idle or lent out.
    private var live = 0
    /// Why the last launches failed, while no launch has succeeded since.
    private var launchFailures: [StageError] = []
    /// After this many failed launches in a row the program is taken to be
    /// broken, and documents fail at once instead of each starting it again.
    static let launchAttempts = 3

    init(launcher: WorkerLauncher, limit: Int?) {
        self.launcher = launcher
        self.limit = limit ?? Int.max
    }

    /// Lets the idle workers end at end of input, then stops them.
    deinit {
        for worker in idle { worker.stop(graceNanoseconds: 1_000_000_000) }
    }

    /// An idle or newly started worker; waits while `limit` workers are busy.
    func checkOut() throws(StageError) -> WorkerProcess {
        condition.lock()
        while idle.isEmpty && live >= limit { condition.wait() }
        if let worker = idle.popLast() {
            condition.unlock()
            return worker
        }
        if launchFailures.count >= Self.launchAttempts, let last = launchFailures.last {
            condition.unlock()
            throw StageError("not restarted after \(Self.launchAttempts) failed starts; last: \(last.message)")
        }
        live += 1
        condition.unlock()
        do {
            let worker = try launcher.launch()
            condition.withLock { launchFailures = [] }
            return worker
        } catch {
            condition.withLock { launchFailures.append(error) }
            release()
            throw error
        }
    }

    /// Returns a worker that answered properly.
    func checkIn(_ worker: WorkerProcess) {
        condition.lock()
        idle.append(worker)
        condition.signal()
        condition.unlock()
    }

    /// Stops a worker that failed and frees its slot; returns how it ended.
    func discard(_ worker: WorkerProcess, after failure: WorkerFailure) -> String {
        let ending = worker.stop(graceNanoseconds: failure.graceNanoseconds)
        release()
        return ending
    }

    private func release() {
        condition.lock()
        live -= 1
        condition.signal()
        condition.unlock()
    }
}
