import Foundation

/// Gives documents to workers one at a time, numbered in input order.
final class SequencedReader: @unchecked Sendable {
    private let lock = NSLock()
    private let reader: DocumentReader
    private var nextSequence = 0

    init(_ reader: DocumentReader) {
        self.reader = reader
    }

    /// How many documents have been taken.
    var taken: Int { lock.withLock { nextSequence } }

    /// The next document and its sequence number, or nil when the input is exhausted.
    func take() -> (sequence: Int, raw: RawDocument)? {
        lock.withLock {
            guard let raw = reader.next() else { return nil }
            defer { nextSequence += 1 }
            return (nextSequence, raw)
        }
    }
}
