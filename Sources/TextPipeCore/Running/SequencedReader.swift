import Foundation

/// Gives documents to workers one at a time, numbered in input order, up to
/// an optional limit of documents to process.
final class SequencedReader: @unchecked Sendable {
    private let lock = NSLock()
    private let reader: DocumentReader
    private let limit: Int?
    private var nextSequence = 0
    /// Documents taken that are this run's to process (not another shard's).
    private var ownTaken = 0
    private var stoppedAtLimit = false

    /// Reads `reader`; with a `limit`, stops after that many documents of
    /// this run's own (another shard's files passed over do not count).
    init(_ reader: DocumentReader, limit: Int? = nil) {
        self.reader = reader
        self.limit = limit
    }

    /// How many documents have been taken.
    var taken: Int { lock.withLock { nextSequence } }

    /// Whether documents were left unread because of the limit.
    var limitReached: Bool { lock.withLock { stoppedAtLimit } }

    /// The next document and its sequence number, or nil when the input is
    /// exhausted or the limit reached.
    func take() -> (sequence: Int, raw: RawDocument)? {
        lock.withLock {
            guard !stoppedAtLimit, let raw = reader.next() else { return nil }
            let isOwn = if case .elsewhere = raw.content { false } else { true }
            if isOwn, let limit, ownTaken == limit {
                stoppedAtLimit = true
                return nil
            }
            if isOwn { ownTaken += 1 }
            defer { nextSequence += 1 }
            return (nextSequence, raw)
        }
    }
}
