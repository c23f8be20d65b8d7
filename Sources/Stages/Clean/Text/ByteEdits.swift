/// An edited copy of a byte buffer, made only when the first edit comes, so
/// a repair step that finds nothing to change costs no allocation.
///
/// Edits go front to back: each cut starts at or after the end of the last.
struct ByteEdits {
    private let source: UnsafeBufferPointer<UInt8>
    private var output: [UInt8] = []
    /// Where the source is copied up to; `nil` before the first edit.
    private var copiedUpTo: Int?

    init(_ source: UnsafeBufferPointer<UInt8>) {
        self.source = source
    }

    /// Whether any edit was made.
    var hasEdits: Bool { copiedUpTo != nil }

    /// Copies the source up to `range` and leaves `range` out; bytes appended
    /// next take its place.
    mutating func cut(_ range: Range<Int>) {
        let copied: Int
        if let copiedUpTo {
            copied = copiedUpTo
        } else {
            output.reserveCapacity(source.count)
            copied = 0
        }
        precondition(range.lowerBound >= copied, "edits must go front to back")
        output.append(contentsOf: UnsafeBufferPointer(rebasing: source[copied..<range.lowerBound]))
        copiedUpTo = range.upperBound
    }

    /// Appends a byte after the last cut.
    mutating func append(_ byte: UInt8) {
        output.append(byte)
    }

    /// Appends source bytes after the last cut.
    mutating func append(_ range: Range<Int>) {
        output.append(contentsOf: UnsafeBufferPointer(rebasing: source[range]))
    }

    /// The edited bytes, or `nil` when nothing was edited.
    consuming func result() -> [UInt8]? {
        guard let copiedUpTo else { return nil }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: source[copiedUpTo...]))
        return output
    }
}
