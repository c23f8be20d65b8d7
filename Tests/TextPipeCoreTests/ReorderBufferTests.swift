import Dispatch
import Foundation
import Testing
@testable import TextPipeCore

/// Collects what a buffer consumes; the buffer calls it under its own lock.
private final class Consumed: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [Int] = []

    func append(_ value: Int) { lock.withLock { storage.append(value) } }
    var values: [Int] { lock.withLock { storage } }
}

@Suite struct ReorderBufferTests {
    @Test func consumesInSequenceOrderWhenCompletedOutOfOrder() {
        let consumed = Consumed()
        let buffer = ReorderBuffer<Int>(capacity: 8) { consumed.append($1) }
        buffer.complete(3, with: 30)
        buffer.complete(1, with: 10)
        #expect(consumed.values.isEmpty)
        buffer.complete(0, with: 0)
        #expect(consumed.values == [0, 10])
        buffer.complete(2, with: 20)
        #expect(consumed.values == [0, 10, 20, 30])
        buffer.complete(5, with: 50)
        buffer.complete(4, with: 40)
        #expect(consumed.values == [0, 10, 20, 30, 40, 50])
    }

    @Test func waitForSlotBlocksUntilTheWindowMoves() {
        let buffer = ReorderBuffer<Int>(capacity: 2) { _, _ in }
        buffer.waitForSlot(0)
        buffer.waitForSlot(1)
        let released = DispatchSemaphore(value: 0)
        let passed = Consumed()
        DispatchQueue.global().async {
            buffer.waitForSlot(2)
            passed.append(2)
            released.signal()
        }
        #expect(released.wait(timeout: .now() + .milliseconds(50)) == .timedOut)
        #expect(passed.values.isEmpty)
        buffer.complete(0, with: 0)
        #expect(released.wait(timeout: .now() + .seconds(10)) == .success)
        #expect(passed.values == [2])
    }

    @Test func concurrentWorkersAreConsumedInOrder() {
        let consumed = Consumed()
        let buffer = ReorderBuffer<Int>(capacity: 4) { consumed.append($1) }
        let lock = NSLock()
        nonisolated(unsafe) var next = 0
        DispatchQueue.concurrentPerform(iterations: 4) { worker in
            while true {
                let sequence = lock.withLock { () -> Int? in
                    guard next < 200 else { return nil }
                    defer { next += 1 }
                    return next
                }
                guard let sequence else { break }
                buffer.waitForSlot(sequence)
                usleep(UInt32((sequence * 37 + worker * 11) % 300))
                buffer.complete(sequence, with: sequence)
            }
        }
        #expect(consumed.values == Array(0..<200))
    }
}
