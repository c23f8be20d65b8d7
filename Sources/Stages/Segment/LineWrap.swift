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
    /// The byte offset where the line that stands apart from the wrapped ones ends, if one does.
    let lineStandingApart: Int?

    /// The range of widths that wrapping columns take.
    static let wrapWidths = 40...100

    /// One line of the paragraph, measured in scalars.
    private struct Line {
        var width = 0
        /// The width of its first word, up to the first space.
        var firstWord = 0
        /// The byte offset just past its last character that is no space.
        var end = 0
    }

    /// Measures the paragraph made of the tokens in `paragraph`.
    init(_ paragraph: Range<Int>, of text: TokenText) {
        let bytes = text.range(paragraph.lowerBound).lowerBound..<text.range(paragraph.upperBound - 1).upperBound
        let lines = Self.lines(bytes, text)
        if let line = Self.lineStandingApart(lines, paragraph, text) {
            lineStandingApart = lines[line].end
            widest = lines.indices.reduce(0) { $1 == line ? $0 : max($0, lines[$1].width) }
        } else {
            lineStandingApart = nil
            widest = lines.reduce(0) { max($0, $1.width) }
        }
    }

    /// Whether the line break after token `last` is a wrap inside running text.
    func isWrap(after last: Int, _ text: TokenText) -> Bool {
        guard Self.wrapWidths.contains(widest) else { return false }
        return Self.width(ofLineEndingAt: last, text) + 1 + Self.wordWidth(from: text.range(last + 1).lowerBound, text)
            > widest
    }

    /// Whether the line ending at token `last` is wider than the column the
    /// paragraph's other lines are wrapped at, so that it cannot be one of them.
    func standsApart(lineEndingAt last: Int, _ text: TokenText) -> Bool {
        lineStandingApart == text.range(last).upperBound
    }

    /// The lines of the bytes in `range`, in one pass.
    private static func lines(_ range: Range<Int>, _ text: TokenText) -> [Line] {
        var lines: [Line] = []
        var line = Line()
        var inFirstWord = true
        for position in range {
            let byte = text.bytes[position]
            if byte == 0x0A {
                lines.append(line)
                line = Line()
                inFirstWord = true
                continue
            }
            let isSpace = ASCII.isWhitespace(byte)
            if !isSpace { line.end = position + 1 }
            guard ASCII.isScalarStart(byte) else { continue }
            line.width += 1
            if isSpace {
                inFirstWord = inFirstWord && line.firstWord == 0
            } else if inFirstWord {
                line.firstWord += 1
            }
        }
        lines.append(line)
        return lines
    }

    /// The line of `lines` that is wider than the column the others are
    /// wrapped at, if one is: the widest line, not the last and short enough
    /// for a heading, with at least two other breaks to tell the column (a
    /// line's own break always overflows its width).
    private static func lineStandingApart(_ lines: [Line], _ paragraph: Range<Int>, _ text: TokenText) -> Int? {
        guard lines.count >= 4, let widestLine = lines.indices.max(by: { lines[$0].width < lines[$1].width }),
            widestLine < lines.count - 1
        else { return nil }
        let othersWidest = lines.indices.reduce(0) { $1 == widestLine ? $0 : max($0, lines[$1].width) }
        // The others are wrapped at a column below every overflow of theirs, which the widest line reaches.
        var narrowestOverflow = Int.max
        for line in 0..<(lines.count - 1) where line != widestLine {
            narrowestOverflow = min(narrowestOverflow, lines[line].width + 1 + lines[line + 1].firstWord)
            if narrowestOverflow <= othersWidest { return nil }
        }
        guard narrowestOverflow <= lines[widestLine].width,
            let last = paragraph.first(where: { text.range($0).upperBound == lines[widestLine].end })
        else { return nil }
        return HeadingLine.mayBeHeading(lineEndingAt: last, text) ? widestLine : nil
    }

    /// The width, in scalars, of the word starting at byte `start`: up to the next space.
    private static func wordWidth(from start: Int, _ text: TokenText) -> Int {
        var width = 0
        var position = start
        while position < text.bytes.count && !ASCII.isWhitespace(text.bytes[position]) {
            if ASCII.isScalarStart(text.bytes[position]) { width += 1 }
            position += 1
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
