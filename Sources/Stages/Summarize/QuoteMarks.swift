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

    /// Counts the marks of `sentence`, looking only at its punctuation
    /// tokens (quotes are punctuation), not at every byte.
    init(of sentence: Sentence, tokens: [Token], in bytes: UnsafeBufferPointer<UInt8>) {
        for token in tokens[sentence.tokens] where token.kind == .punctuation {
            let isFirst = token.span.start == sentence.span.start
            var position = token.span.start
            while position < token.span.end {
                let byte = bytes[position]
                if byte == UInt8(ascii: "\"") {
                    let previous = position > sentence.span.start ? bytes[position - 1] : UInt8(ascii: " ")
                    count(opening: ASCII.isWhitespace(previous) || previous == UInt8(ascii: "(")
                        || previous == UInt8(ascii: "["))
                } else if byte == 0xE2 && position + 2 < token.span.end && bytes[position + 1] == 0x80 {
                    // U+201C LEFT and U+201D RIGHT DOUBLE QUOTATION MARK.
                    if bytes[position + 2] == 0x9C { count(opening: true) }
                    if bytes[position + 2] == 0x9D { count(opening: false) }
                }
                position += 1
            }
            if isFirst { startsWithOpening = depth > 0 }
        }
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
