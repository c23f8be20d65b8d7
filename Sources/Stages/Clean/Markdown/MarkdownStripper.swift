import TextPipeCore

/// Turns Markdown into plain text that keeps its paragraphs and list items.
///
/// Markup goes, its text stays: heading markers and underlines, emphasis
/// markers, code backticks and fences, link and image syntax (the link text
/// and the image's alt text stay), autolink brackets, blockquote markers,
/// thematic breaks, link reference definitions, HTML comments and the
/// backslashes of escapes. List markers (`- `, `1. `) stay, as the segment
/// stage reads them. Headings and code blocks become paragraphs of their own.
///
/// Works line by line on UTF-8 bytes; lines end in LF in the result. Lines
/// left with no text (a comment, an image without alt text) disappear.
struct MarkdownStripper {
    /// The plain text of a Markdown document, and its title.
    struct Stripped {
        var text: [UInt8]
        /// The plain text of the first level-1 heading (`# Title`).
        var title: String?
    }

    /// The plain text of the Markdown in `bytes`.
    static func strip(_ bytes: UnsafeBufferPointer<UInt8>) -> Stripped {
        var stripper = MarkdownStripper(source: bytes)
        var lineStart = 0
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count && bytes[lineEnd] != Byte.newline { lineEnd += 1 }
            var contentEnd = lineEnd
            if contentEnd > lineStart && bytes[contentEnd - 1] == Byte.carriageReturn { contentEnd -= 1 }
            stripper.read(lineStart..<contentEnd)
            lineStart = lineEnd + 1
        }
        return Stripped(text: stripper.writer.bytes, title: stripper.title)
    }

    private let source: UnsafeBufferPointer<UInt8>
    private let inline: MarkdownInline
    private var writer: HTMLTextWriter
    /// The code block being read, and how many blockquote levels its fence was in.
    private var openFence: (fence: MarkdownLine.Fence, quoteDepth: Int)?
    private var commentIsOpen = false
    /// Whether the last line was paragraph text, which a setext underline turns into a heading.
    private var followsText = false
    private var title: String?

    private init(source: UnsafeBufferPointer<UInt8>) {
        self.source = source
        inline = MarkdownInline(source: source)
        writer = HTMLTextWriter(capacity: source.count)
    }

    private mutating func read(_ line: Range<Int>) {
        var line = line
        if commentIsOpen {
            guard let commentEnd = inline.commentEnd(in: line) else { return }
            commentIsOpen = false
            line = commentEnd..<line.upperBound
            if MarkdownLine.isBlank(source, line) { return }
        }
        if let (fence, quoteDepth) = openFence {
            readCode(afterQuoteMarkers(line, upTo: quoteDepth).line, closing: fence)
            return
        }
        let (content, quoteDepth) = afterQuoteMarkers(line, upTo: .max)
        let wasText = followsText
        followsText = false
        if MarkdownLine.isBlank(source, content) {
            writer.breakParagraph()
        } else if let fence = MarkdownLine.openingFence(source, content) {
            openFence = (fence, quoteDepth)
            writer.breakParagraph()
        } else if MarkdownLine.isThematicBreak(source, content)
            || (wasText && MarkdownLine.isSetextUnderline(source, content))
        {
            writer.breakParagraph()
        } else if let heading = MarkdownLine.headingText(source, content) {
            writer.breakParagraph()
            let mark = writer.mark
            if writeText(heading) && title == nil && isFirstLevel(content) {
                title = textWritten(since: mark)
            }
            writer.breakParagraph()
        } else if !MarkdownLine.isReferenceDefinition(source, content) {
            followsText = writeText(content)
        }
    }

    /// A line inside a fenced code block: kept as it is, unless it closes the block.
    private mutating func readCode(_ line: Range<Int>, closing fence: MarkdownLine.Fence) {
        if MarkdownLine.closes(fence, source, line) {
            openFence = nil
            writer.breakParagraph()
        } else {
            writer.write(source, line, decodingEntities: false, preservingWhitespace: true)
            writer.breakLine()
        }
    }

    /// Writes the inline Markdown of `line` as a line of text; returns
    /// whether any text came of it (a line with none leaves no trace).
    @discardableResult
    private mutating func writeText(_ line: Range<Int>) -> Bool {
        let mark = writer.mark
        commentIsOpen = inline.write(line, into: &writer)
        guard writer.bytes[mark.offset...].contains(where: { !ASCII.isWhitespace($0) }) else {
            writer.rewind(to: mark)
            return false
        }
        writer.breakLine()
        return true
    }

    /// The text written since `mark`, without the line breaks before and after it.
    private func textWritten(since mark: HTMLTextWriter.Mark) -> String {
        let written = writer.bytes[mark.offset...]
        let start = written.firstIndex { !ASCII.isWhitespace($0) } ?? written.endIndex
        let end = written.lastIndex { !ASCII.isWhitespace($0) }.map { $0 + 1 } ?? start
        return String(decoding: writer.bytes[start..<max(start, end)], as: UTF8.self)
    }

    /// Whether the heading line `line` is of level 1: one `#`.
    private func isFirstLevel(_ line: Range<Int>) -> Bool {
        guard let start = MarkdownLine.markupStart(source, line) else { return false }
        return start + 1 == line.upperBound || source[start + 1] != Byte.hash
    }

    /// `line` after up to `limit` blockquote markers, and how many there were.
    private func afterQuoteMarkers(_ line: Range<Int>, upTo limit: Int) -> (line: Range<Int>, depth: Int) {
        var start = line.lowerBound
        var depth = 0
        while depth < limit, let next = MarkdownLine.afterQuoteMarker(source, start..<line.upperBound) {
            start = next
            depth += 1
        }
        return (start..<line.upperBound, depth)
    }
}
