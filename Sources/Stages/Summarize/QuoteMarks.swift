import TextPipeCore

/// The double quotation marks of a stretch of text, straight (`"`) and
/// curly (`“` `”`), counted so that the counts of neighbouring stretches add up.
///
/// A straight mark opens a quotation at the start of the stretch or after a
/// space or an opening bracket, and closes one anywhere else (after a word
/// or punctuation), as in `He said "yes," twice.`
struct QuoteMarks {
    /// Opening marks minus closing ones.
    private(set) var depth = 0
    /// The lowest `depth` reached: below zero when a mark closes a quotation
    /// opened before the stretch.
    private(set) var lowestDepth = 0
    /// Whether the stretch starts with an opening mark.
    private(set) var startsWithOpening = false

    /// No marks.
    init() {}

    /// Counts the marks of the bytes in `span`.
    init(in bytes: UnsafeBufferPointer<UInt8>, _ span: Span) {
        var position = span.start
        startsWithOpening = position < span.end
            && (bytes[position] == UInt8(ascii: "\"") || Self.isCurly(0x9C, at: position, in: bytes, span))
        while position < span.end {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                let previous = position > span.start ? bytes[position - 1] : UInt8(ascii: " ")
                let opens = ASCII.isWhitespace(previous) || previous == UInt8(ascii: "(")
                    || previous == UInt8(ascii: "[")
                count(opening: opens)
            } else if Self.isCurly(0x9C, at: position, in: bytes, span) {
                count(opening: true)
            } else if Self.isCurly(0x9D, at: position, in: bytes, span) {
                count(opening: false)
            }
            position += 1
        }
    }

    /// Whether U+201C LEFT (`last` 0x9C) or U+201D RIGHT (0x9D) DOUBLE
    /// QUOTATION MARK starts at `position`.
    private static func isCurly(_ last: UInt8, at position: Int, in bytes: UnsafeBufferPointer<UInt8>, _ span: Span)
        -> Bool
    {
        bytes[position] == 0xE2 && position + 2 < span.end && bytes[position + 1] == 0x80
            && bytes[position + 2] == last
    }

    private mutating func count(opening: Bool) {
        depth += opening ? 1 : -1
        lowestDepth = min(lowestDepth, depth)
    }

    /// Whether every quotation opened in the stretch closes in it and every one closed opened in it.
    var isBalanced: Bool { depth == 0 && lowestDepth == 0 }

    /// Whether the stretch leaves a quotation open for the text after it, having closed none from before.
    var opensOnly: Bool { depth > 0 && lowestDepth == 0 }

    /// The marks of this stretch followed by those of `next`. When a
    /// quotation is open and `next` starts with an opening mark, that mark
    /// goes on the same quotation, as a quote running over paragraphs opens
    /// each of them again.
    func followed(by next: QuoteMarks) -> QuoteMarks {
        let continued = depth > 0 && next.startsWithOpening ? 1 : 0
        var joined = self
        joined.lowestDepth = min(lowestDepth, depth - continued + next.lowestDepth)
        joined.depth += next.depth - continued
        return joined
    }
}
