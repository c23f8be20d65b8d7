import Dispatch
import Foundation

/// The documents workers hold, with the time each started and the stage it
/// is in, so that one running past its time limit can be failed and its
/// worker replaced. Whoever finishes a document first, its worker or the
/// watchdog, owns its outcome.
final class InFlightDocuments: @unchecked Sendable {
    /// A document a worker holds.
    struct Slot {
        var id: String
        var hash: UInt64
        var bytes: Int
        var started: UInt64
        /// The stage it is in (nil while being read; the stage count while being written).
        var stage: Int?
        var stageStarted: UInt64
    }

    /// A document past a time limit, and why.
    struct Expired {
        var sequence: Int
        var slot: Slot
        var message: String
    }

    private let lock = NSLock()
    private var slots: [Int: Slot] = [:]
    private let documentLimit: UInt64?
    private let stageLimits: [UInt64?]
    private let stageNames: [String]

    /// Watches `documentLimit` per document and `stageLimits` per stage (nanoseconds).
    init(documentLimit: UInt64?, stageLimits: [UInt64?], stageNames: [String]) {
        self.documentLimit = documentLimit
        self.stageLimits = stageLimits
        self.stageNames = stageNames
    }

    /// The shortest limit, for how often to look.
    var shortestLimit: UInt64? { ([documentLimit] + stageLimits).compactMap { $0 }.min() }

    func begin(_ sequence: Int, id: String, hash: UInt64, bytes: Int) {
        let now = DispatchTime.now().uptimeNanoseconds
        lock.withLock {
            slots[sequence] = Slot(id: id, hash: hash, bytes: bytes, started: now, stage: nil, stageStarted: now)
        }
    }

    /// Notes the document's id once it is known (after decoding).
    func identify(_ sequence: Int, as id: String) {
        lock.withLock { slots[sequence]?.id = id }
    }

    func enterStage(_ sequence: Int, _ stage: Int?) {
        let now = DispatchTime.now().uptimeNanoseconds
        lock.withLock {
            slots[sequence]?.stage = stage
            slots[sequence]?.stageStarted = now
        }
    }

    /// Ends the worker's hold on `sequence`: true when the worker owns the
    /// outcome, false when the watchdog already failed the document.
    func finish(_ sequence: Int) -> Bool {
        lock.withLock { slots.removeValue(forKey: sequence) != nil }
    }

    /// Removes and returns the documents past a limit at `now`.
    func expire(now: UInt64) -> [Expired] {
        lock.withLock {
            var expired: [Expired] = []
            for (sequence, slot) in slots {
                var message: String?
                if let stage = slot.stage, let limit = stageLimits[stage], now - slot.stageStarted > limit {
                    message = "timed out: stage '\(stageNames[stage])' ran past its \(DurationText.description(limit)) limit"
                } else if let limit = documentLimit, now - slot.started > limit {
                    message = "timed out: the document ran past the \(DurationText.description(limit)) limit (timeout)"
                }
                guard let message else { continue }
                expired.append(Expired(sequence: sequence, slot: slot, message: message))
            }
            for item in expired { slots.removeValue(forKey: item.sequence) }
            return expired.sorted { $0.sequence < $1.sequence }
        }
    }
}
