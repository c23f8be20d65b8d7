import Foundation

/// Reads a file (or standard input) line by line, in UTF-8 whatever its
/// encoding (see ``UTF8ChunkReader``), without loading it whole: a line over
/// the size limit is counted and skipped, never held in memory.
public final class LineReader {
    /// One line of the input.
    public enum Line {
        /// The line's bytes without its line ending; `repaired` when malformed
        /// UTF-16 in it was replaced with U+FFFD.
        case text([UInt8], repaired: Bool)
        /// A line longer than the limit, skipped; its length in bytes.
        case overLimit(byteCount: Int)
    }

    private let chunks: UTF8ChunkReader
    private let maxLineBytes: Int
    private var chunk = UTF8ChunkReader.Chunk(bytes: [])
    private var position = 0
    /// The first of the chunk's repairs not yet passed.
    private var repairIndex = 0
    /// The 1-based number of the line last returned.
    public private(set) var lineNumber = 0
    /// Where the line last returned starts: its byte offset in the file,
    /// counted in UTF-8 after a UTF-16 file's byte order mark.
    public private(set) var lineStart = 0
    /// Where the current chunk starts, in bytes of UTF-8 read.
    private var chunkStart = 0

    /// Opens `path`; throws a message when it cannot be opened. With a
    /// `range` (line-aligned, see ``LineAlignedRanges``) reads only those bytes.
    public init(path: String, range: Range<Int>? = nil, maxLineBytes: Int) throws(ReadFailure) {
        chunks = try UTF8ChunkReader(path: path, range: range)
        self.maxLineBytes = maxLineBytes
    }

    /// Reads standard input.
    init(standardInput: Void, maxLineBytes: Int) {
        chunks = UTF8ChunkReader(standardInput: ())
        self.maxLineBytes = maxLineBytes
    }

    /// Why reading stopped before the end of the input, if it did.
    public var failure: ReadFailure? { chunks.failure }

    /// The next line, or nil at the end.
    public func nextLine() -> Line? {
        var kept: [UInt8] = []
        var length = 0
        var repaired = false
        var hasContent = false
        var start = chunkStart + position
        while position < chunk.bytes.count || nextChunk() {
            if !hasContent { start = chunkStart + position }
            hasContent = true
            let newline = indexOfNewline(from: position)
            let end = newline ?? chunk.bytes.count
            length += end - position
            if length <= maxLineBytes {
                kept.append(contentsOf: chunk.bytes[position..<end])
            } else if !kept.isEmpty {
                kept = []
            }
            if passRepairs(before: end) { repaired = true }
            position = end
            if newline != nil {
                position += 1
                break
            }
        }
        guard hasContent else { return nil }
        lineNumber += 1
        lineStart = start
        guard length <= maxLineBytes else { return .overLimit(byteCount: length) }
        while kept.last == Self.carriageReturn { kept.removeLast() }
        return .text(kept, repaired: repaired)
    }

    private func nextChunk() -> Bool {
        guard let next = chunks.next() else { return false }
        chunkStart += chunk.bytes.count + (chunkStart == 0 ? chunks.skippedMarkBytes : 0)
        chunk = next
        position = 0
        repairIndex = 0
        return true
    }

    private func indexOfNewline(from start: Int) -> Int? {
        chunk.bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, start < buffer.count,
                let found = memchr(base + start, Int32(Self.newline), buffer.count - start)
            else { return nil }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
    }

    /// Moves past the chunk's repairs before `end`; whether there were any.
    private func passRepairs(before end: Int) -> Bool {
        let first = repairIndex
        while repairIndex < chunk.repairs.count && chunk.repairs[repairIndex] < end { repairIndex += 1 }
        return repairIndex > first
    }

    private static let newline = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    /// The number of lines holding something other than whitespace, counted fast.
    static func countNonEmptyLines(path: String) -> Int {
        guard let chunks = try? UTF8ChunkReader(path: path) else { return 0 }
        var count = 0
        var lineHasContent = false
        while let chunk = chunks.next() {
            for byte in chunk.bytes {
                if byte == newline {
                    if lineHasContent { count += 1 }
                    lineHasContent = false
                } else if !ASCII.isWhitespace(byte) {
                    lineHasContent = true
                }
            }
        }
        return lineHasContent ? count + 1 : count
    }
}

/// Why an input could not be read, as a message for the error record.
public struct ReadFailure: Error, CustomStringConvertible {
    public var description: String

    /// A failure describing the current `errno`.
    static func errno(_ action: String) -> ReadFailure {
        ReadFailure(description: "\(action): \(String(cString: strerror(Foundation.errno)))")
    }
}
