import Dispatch

/// Maps indices to results on all cores, keeping the results in index order
/// so what is computed from them does not depend on scheduling.
enum ParallelMap {
    /// `transform` of `0..<count`, in order.
    static func map<Result: Sendable>(count: Int, _ transform: @Sendable (Int) -> Result) -> [Result] {
        let results = ResultSlots<Result>(count: count)
        let chunkSize = 8
        let chunks = (count + chunkSize - 1) / chunkSize
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            for index in chunk * chunkSize..<min(count, (chunk + 1) * chunkSize) {
                results.store(transform(index), at: index)
            }
        }
        return results.values
    }
}

/// Result storage that workers fill at distinct indices.
private final class ResultSlots<Result: Sendable>: @unchecked Sendable {
    // A fixed buffer rather than an array property: each index is written by
    // exactly one worker and read only after all finish, and an array would
    // be one variable accessed by all workers at once.
    private let slots: UnsafeMutableBufferPointer<Result?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    func store(_ value: Result, at index: Int) { slots[index] = value }

    var values: [Result] { slots.map { $0! } }
}
