import TextPipeCore

/// Builds the text of a page as a browser would show it: runs of whitespace
/// in the markup become one space, blocks and line breaks become newlines,
/// character references are decoded.
///
/// Breaks and spaces are held back until more text follows, so the text never
/// starts or ends with them and empty elements leave nothing behind.
struct HTMLTextWriter {
    /// The text so far, in UTF-8.
    private(set) var bytes: [UInt8] = []
    /// Newlines owed before the next text: 1 for a line break, 2 for a paragraph break.
    private var pendingNewlines = 0
    private var pendingSpace = false
    /// Where the text of the current block starts (see ``endBlock()``).
    private var blockStart = 0

    /// Where the writer is, to come back to with ``rewind(to:)``.
    struct Mark {
        fileprivate var count: Int
        fileprivate var pendingNewlines: Int
        fileprivate var pendingSpace: Bool

        /// The offset in ``HTMLTextWriter/bytes`` where text written after the mark starts.
        var offset: Int { count }
    }

    /// Creates an empty writer with room for `capacity` bytes.
    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    /// Ends the paragraph.
    mutating func breakParagraph() { pendingNewlines = 2 }

    /// Adds a line break; two in a row make a paragraph break.
    mutating func breakLine() { pendingNewlines = min(pendingNewlines + 1, 2) }

    /// Ends the current block: returns where its text is in ``bytes`` and
    /// forgets owed breaks, so the next block's text follows with no separator
    /// (the reader of the blocks puts its own between them).
    mutating func endBlock() -> Range<Int> {
        defer { blockStart = bytes.count }
        pendingNewlines = 0
        pendingSpace = false
        return blockStart..<bytes.count
    }

    /// The current position.
    var mark: Mark { Mark(count: bytes.count, pendingNewlines: pendingNewlines, pendingSpace: pendingSpace) }

    /// Forgets everything written since `mark`.
    mutating func rewind(to mark: Mark) {
        bytes.removeSubrange(mark.count...)
        blockStart = min(blockStart, mark.count)
        pendingNewlines = mark.pendingNewlines
        pendingSpace = mark.pendingSpace
    }

    /// Writes the character data `source[range]`. `preservingWhitespace` keeps
    /// spaces and newlines as written (inside `pre`).
    mutating func write(
        _ source: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, decodingEntities: Bool, preservingWhitespace: Bool
    ) {
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            let byte = source[index]
            if !preservingWhitespace && ASCII.isWhitespace(byte) {
                pendingSpace = true
                index += 1
                continue
            }
            if decodingEntities && byte == Byte.ampersand,
                let (scalar, length) = EntityDecoder.decode(source, at: index, end: end)
            {
                flushPending()
                UTF8.encode(scalar) { bytes.append($0) }
                index += length
                continue
            }
            // Copy the run of ordinary bytes in one go.
            let runStart = index
            index += 1
            while index < end {
                let next = source[index]
                if next == Byte.ampersand || (!preservingWhitespace && ASCII.isWhitespace(next)) { break }
                index += 1
            }
            flushPending()
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<index]))
        }
    }

    private mutating func flushPending() {
        if pendingNewlines > 0 {
            if bytes.count > blockStart { bytes.append(contentsOf: repeatElement(Byte.newline, count: pendingNewlines)) }
        } else if pendingSpace, bytes.count > blockStart, bytes[bytes.count - 1] != Byte.newline {
            bytes.append(Byte.space)
        }
        pendingNewlines = 0
        pendingSpace = false
    }

    /// The text of `source[range]` with references decoded and whitespace
    /// collapsed and trimmed, or `nil` when nothing is left: for titles and
    /// attribute values.
    static func plainText(_ source: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String? {
        var writer = HTMLTextWriter()
        writer.write(source, range, decodingEntities: true, preservingWhitespace: false)
        return writer.bytes.isEmpty ? nil : String(decoding: writer.bytes, as: UTF8.self)
    }
}
