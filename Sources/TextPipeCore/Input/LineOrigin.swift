import Foundation

/// Where a shard's byte range of a JSONL file starts, in lines: the number of
/// lines before it, counted only when a document needs its line number (a
/// line without an id, or one that cannot be read), since counting means
/// reading the file up to the range.
public final class LineOrigin: @unchecked Sendable {
    private let path: String
    private let offset: Int
    private let lock = NSLock()
    private var counted: Int?

    /// The origin of the range starting at byte `offset` of `path`.
    init(path: String, offset: Int) {
        self.path = path
        self.offset = offset
    }

    /// Whether the lines before the range have been counted (read).
    var isCounted: Bool { lock.withLock { counted != nil } }

    /// The number of newlines before the range (0 when the file cannot be read).
    var linesBefore: Int {
        lock.withLock {
            if let counted { return counted }
            let count = Self.newlines(in: path, before: offset)
            counted = count
            return count
        }
    }

    private static func newlines(in path: String, before end: Int) -> Int {
        guard let chunks = try? UTF8ChunkReader(path: path, range: 0..<end) else { return 0 }
        var count = 0
        while let chunk = chunks.next() {
            count += chunk.bytes.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
        }
        return count
    }
}
