import Foundation

/// Hands results to a consumer in sequence order although workers finish them
/// out of order, and keeps at most `capacity` sequence numbers in flight so
/// memory stays bounded however large the corpus is.
final class ReorderBuffer<Result>: @unchecked Sendable {
    private let condition = NSCondition()
    private let capacity: Int
    private let consume: (Int, Result) -> Void
    private var pending: [Int: Result] = [:]
    private var nextToConsume = 0

    /// Creates a buffer that calls `consume` with each sequence number and
    /// result in sequence order (under its lock).
    init(capacity: Int, consume: @escaping (Int, Result) -> Void) {
        self.capacity = max(1, capacity)
        self.consume = consume
    }

    /// Blocks until `sequence` is within `capacity` of the next result to consume.
    func waitForSlot(_ sequence: Int) {
        condition.lock()
        while sequence >= nextToConsume + capacity { condition.wait() }
        condition.unlock()
    }

    /// Stores the result for `sequence` and consumes every result now in order.
    func complete(_ sequence: Int, with result: Result) {
        condition.lock()
        pending[sequence] = result
        var consumed = false
        while let next = pending.removeValue(forKey: nextToConsume) {
            consume(nextToConsume, next)
            nextToConsume += 1
            consumed = true
        }
        if consumed { condition.broadcast() }
        condition.unlock()
    }
}
