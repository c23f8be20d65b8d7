import TextPipeCore

/// Tells line breaks put in by hard wrapping (mail, plain-text files) from
/// line breaks the writer chose (headlines, list items, one paragraph per line).
///
/// Greedy wrapping breaks a line only when the next word would not fit, so a
/// break is a wrap when the line plus the next line's first word is wider
/// than the widest line of the paragraph. Paragraphs with a line wider than
/// any wrapping column are written one unit per line; narrow ones (a few
/// short lines) are no wrapped prose either.
struct LineWrap {
    /// The width, in scalars, of the paragraph's widest line.
    let widest: Int

    /// The range of widths that wrapping columns take.
    static let wrapWidths = 40...100

    /// Measures the paragraph made of the tokens in `paragraph`.
    init(_ paragraph: Range<Int>, of text: TokenText) {
        var widest = 0
        var width = 0
        for position in text.range(paragraph.lowerBound).lowerBound..<text.range(paragraph.upperBound - 1).upperBound {
            let byte = text.bytes[position]
            if byte == 0x0A {
                widest = max(widest, width)
                width = 0
            } else if ASCII.isScalarStart(byte) {
                width += 1
            }
        }
        self.widest = max(widest, width)
    }

    /// Whether the line break after token `last` is a wrap inside running text.
    func isWrap(after last: Int, _ text: TokenText) -> Bool {
        guard Self.wrapWidths.contains(widest) else { return false }
        let lineEnd = text.range(last).upperBound
        var position = lineEnd
        var width = 0
        while position > 0 && text.bytes[position - 1] != 0x0A {
            position -= 1
            if ASCII.isScalarStart(text.bytes[position]) { width += 1 }
        }
        return width + 1 + text.length(last + 1) > widest
    }
}
