import TextPipeCore

/// Tells line breaks put in by hard wrapping (mail, plain-text files) from
/// line breaks the writer chose (headlines, list items, one paragraph per line).
///
/// Greedy wrapping breaks a line only when the next word would not fit, so a
/// break is a wrap when the line plus the next line's first word is wider
/// than the widest line of the paragraph. Paragraphs with a line wider than
/// any wrapping column are written one unit per line; narrow ones (a few
/// short lines) are no wrapped prose either.
///
/// A headline above a wrapped body can be wider than the body's column.
/// When every other break is a wrap at the width of the other lines (the
/// line plus the next word is wider) and the widest line is at least as
/// wide as one of those, it cannot have been wrapped at the same column:
/// it stands apart, and the column is measured on the other lines.
struct LineWrap {
    /// The width, in scalars, of the paragraph's widest line, not counting one that stands apart.
    let widest: Int
    /// The last token of the line that stands apart from the wrapped ones, if any.
    let lineStandingApart: Int?

    /// The range of widths that wrapping columns take.
    static let wrapWidths = 40...100

    /// Measures the paragraph made of the tokens in `paragraph`.
    init(_ paragraph: Range<Int>, of text: TokenText) {
        var lineEnds: [Int] = []
        for index in (paragraph.lowerBound + 1)..<paragraph.upperBound where text.lineBreaks(before: index) > 0 {
            lineEnds.append(index - 1)
        }
        lineEnds.append(paragraph.upperBound - 1)
        let widths = lineEnds.map { Self.width(ofLineEndingAt: $0, text) }
        if let line = Self.lineStandingApart(widths: widths, lineEnds: lineEnds, text) {
            lineStandingApart = lineEnds[line]
            widest = widths.indices.reduce(0) { $1 == line ? $0 : max($0, widths[$1]) }
        } else {
            lineStandingApart = nil
            widest = widths.max() ?? 0
        }
    }

    /// The line, among those of `widths` ending at tokens `lineEnds`, that
    /// is wider than the column the others are wrapped at, if one is: the
    /// widest line, not the last and short enough for a heading, with at
    /// least two other breaks to tell the column (a line's own break always
    /// overflows its width).
    private static func lineStandingApart(widths: [Int], lineEnds: [Int], _ text: TokenText) -> Int? {
        guard widths.count >= 4, let widestLine = widths.indices.max(by: { widths[$0] < widths[$1] }),
            widestLine < widths.count - 1, HeadingLine.mayBeHeading(lineEndingAt: lineEnds[widestLine], text)
        else { return nil }
        var othersWidest = 0
        var narrowestOverflow = Int.max
        for line in widths.indices where line != widestLine {
            othersWidest = max(othersWidest, widths[line])
            if line < widths.count - 1 {
                narrowestOverflow = min(narrowestOverflow, overflow(after: lineEnds[line], text))
            }
        }
        // The others are wrapped at a column below `narrowestOverflow`, which the widest line reaches.
        return othersWidest < narrowestOverflow && narrowestOverflow <= widths[widestLine] ? widestLine : nil
    }

    /// Whether the line break after token `last` is a wrap inside running text.
    func isWrap(after last: Int, _ text: TokenText) -> Bool {
        guard Self.wrapWidths.contains(widest) else { return false }
        return Self.overflow(after: last, text) > widest
    }

    /// Whether the line ending at token `last` is wider than the column the
    /// paragraph's other lines are wrapped at, so that it cannot be one of them.
    func standsApart(lineEndingAt last: Int) -> Bool { lineStandingApart == last }

    /// The width the line ending at token `last` would have with the next
    /// line's first word (all of it, up to the next space) moved up onto it.
    private static func overflow(after last: Int, _ text: TokenText) -> Int {
        var width = width(ofLineEndingAt: last, text) + 1
        for position in text.byteRange(text.chunk(startingAt: last + 1)) where ASCII.isScalarStart(text.bytes[position]) {
            width += 1
        }
        return width
    }

    /// The width, in scalars, of the line that ends with token `last`.
    private static func width(ofLineEndingAt last: Int, _ text: TokenText) -> Int {
        var position = text.range(last).upperBound
        var width = 0
        while position > 0 && text.bytes[position - 1] != 0x0A {
            position -= 1
            if ASCII.isScalarStart(text.bytes[position]) { width += 1 }
        }
        return width
    }
}
