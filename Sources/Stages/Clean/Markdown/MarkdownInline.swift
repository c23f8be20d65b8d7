import TextPipeCore

/// Writes the text of one line of inline Markdown: emphasis markers, code
/// backticks, link and image syntax, autolink brackets, backslashes of
/// escapes and HTML comments are dropped, their text kept.
///
/// A line is first cut into pieces (plain text, emphasis delimiter runs,
/// link texts), then delimiters are paired, then the pieces are written.
struct MarkdownInline {
    let source: UnsafeBufferPointer<UInt8>

    private enum Piece {
        /// Bytes written as they are.
        case text(Range<Int>)
        /// A run of `*` or `_`, by index into the runs.
        case delimiters(Int)
        /// The text of a link or image, itself inline Markdown.
        case nested(Range<Int>)
    }

    /// Links nested deeper than this are left as they are: real ones nest
    /// two deep (an image inside a link), and a bound keeps the stack small.
    static let deepestNesting = 16

    /// Writes the text of the line `source[range]`; returns whether an HTML
    /// comment opened in it is still open at its end.
    func write(_ range: Range<Int>, into writer: inout HTMLTextWriter) -> Bool {
        var closers = InlineClosers(source: source, line: range)
        return write(range, into: &writer, depth: 0, closers: &closers)
    }

    /// Writes the text of `source[range]`, part of a line, inside `depth` links.
    private func write(
        _ range: Range<Int>, into writer: inout HTMLTextWriter, depth: Int, closers: inout InlineClosers
    ) -> Bool {
        let readsLinks = depth < Self.deepestNesting
        var pieces: [Piece] = []
        var runs: [EmphasisDelimiters.Run] = []
        var commentIsOpen = false
        var textStart = range.lowerBound
        var index = range.lowerBound
        let end = range.upperBound

        /// Ends the plain text before `index`, adds `piece` in place of the markup, resumes at `resume`.
        func replaceMarkup(with piece: Piece?, resumingAt resume: Int) {
            if textStart < index { pieces.append(.text(textStart..<index)) }
            if let piece { pieces.append(piece) }
            index = resume
            textStart = resume
        }

        while index < end {
            switch source[index] {
            case Byte.backslash where index + 1 < end && Self.isEscapable(source[index + 1]):
                replaceMarkup(with: .text((index + 1)..<(index + 2)), resumingAt: index + 2)
            case Byte.backtick:
                let ticks = runEnd(from: index, limit: end)
                if let (content, resume) = codeSpan(opening: index..<ticks, limit: end, closers: &closers) {
                    replaceMarkup(with: .text(content), resumingAt: resume)
                } else {
                    index = ticks
                }
            case Byte.asterisk, Byte.underscore:
                let delimitersEnd = runEnd(from: index, limit: end)
                runs.append(EmphasisDelimiters.run(source, index..<delimitersEnd, in: range))
                replaceMarkup(with: .delimiters(runs.count - 1), resumingAt: delimitersEnd)
            case Byte.exclamation where readsLinks && index + 1 < end && source[index + 1] == Byte.openBracket:
                if let (text, resume) = link(at: index + 1, limit: end, closers: &closers) {
                    replaceMarkup(with: .nested(text), resumingAt: resume)
                } else {
                    index += 1
                }
            case Byte.openBracket where readsLinks:
                if let (text, resume) = link(at: index, limit: end, closers: &closers) {
                    replaceMarkup(with: .nested(text), resumingAt: resume)
                } else {
                    index += 1
                }
            case Byte.lessThan:
                if ByteMatching.matches(source, at: index, end: end, Self.commentOpening) {
                    if let close = find(Self.commentClosing, from: index + Self.commentOpening.count, limit: end) {
                        replaceMarkup(with: nil, resumingAt: close + Self.commentClosing.count)
                    } else {
                        commentIsOpen = true
                        replaceMarkup(with: nil, resumingAt: end)
                    }
                } else if let (address, resume) = autolink(at: index, limit: end) {
                    replaceMarkup(with: .text(address), resumingAt: resume)
                } else {
                    index += 1
                }
            default:
                index += 1
            }
        }
        // Most lines have no markup: nothing was replaced, so they are written in one go.
        guard textStart != range.lowerBound else {
            writer.write(source, range, decodingEntities: false, preservingWhitespace: true)
            return false
        }
        if textStart < end { pieces.append(.text(textStart..<end)) }
        EmphasisDelimiters.pair(&runs)
        for piece in pieces {
            switch piece {
            case .text(let text):
                writer.write(source, text, decodingEntities: false, preservingWhitespace: true)
            case .delimiters(let run):
                writer.write(source, runs[run].kept, decodingEntities: false, preservingWhitespace: true)
            case .nested(let text):
                _ = write(text, into: &writer, depth: depth + 1, closers: &closers)
            }
        }
        return commentIsOpen
    }

    /// Where an HTML comment opened on an earlier line ends on this one (after
    /// its `-->`), or `nil` when it goes on past `line`.
    func commentEnd(in line: Range<Int>) -> Int? {
        find(Self.commentClosing, from: line.lowerBound, limit: line.upperBound).map { $0 + Self.commentClosing.count }
    }

    /// The content of the code span opened by the backticks at `opening` and
    /// where the text resumes after it: the span closes at the next run of as
    /// many backticks. One space just inside both ends is padding and goes.
    private func codeSpan(opening: Range<Int>, limit: Int, closers: inout InlineClosers) -> (Range<Int>, Int)? {
        guard let closing = closers.closingRun(for: opening, before: limit) else { return nil }
        var content = opening.upperBound..<closing
        if content.count >= 2 && source[content.lowerBound] == Byte.space
            && source[content.upperBound - 1] == Byte.space
        {
            content = (content.lowerBound + 1)..<(content.upperBound - 1)
        }
        return (content, closing + opening.count)
    }

    /// The text of the link whose `[` is at `open` and where the line resumes
    /// after it: `[text](destination "title")`, `[text][label]` or `[text][]`.
    /// A bare `[text]` may be prose ("[sic]") and is not taken for a link.
    private func link(at open: Int, limit: Int, closers: inout InlineClosers) -> (Range<Int>, Int)? {
        guard let close = closers.closer(of: open, before: limit), close + 1 < limit,
            source[close + 1] == Byte.openParenthesis || source[close + 1] == Byte.openBracket,
            let end = closers.closer(of: close + 1, before: limit)
        else { return nil }
        return ((open + 1)..<close, end + 1)
    }

    /// The address inside an autolink at `open` (`<https://example.org>`,
    /// `<name@example.org>`) and where the line resumes after it. Other
    /// `<...>` (HTML tags, `a < b`) are not autolinks.
    private func autolink(at open: Int, limit: Int) -> (Range<Int>, Int)? {
        var index = open + 1
        while index < limit && source[index] != Byte.greaterThan {
            let byte = source[index]
            if ASCII.isWhitespace(byte) || byte == Byte.lessThan { return nil }
            index += 1
        }
        guard index < limit else { return nil }
        let address = (open + 1)..<index
        guard !address.isEmpty, ASCII.isAlphanumeric(source[address.lowerBound]) else { return nil }
        return hasScheme(address) || address.contains(where: { source[$0] == Byte.at }) ? (address, index + 1) : nil
    }

    /// Whether `address` starts with a URI scheme such as `https:` or `mailto:`.
    private func hasScheme(_ address: Range<Int>) -> Bool {
        var index = address.lowerBound
        while index < address.upperBound, ASCII.isAlphanumeric(source[index]) || Self.isSchemeSymbol(source[index]) {
            index += 1
        }
        return (2...32).contains(index - address.lowerBound) && index < address.upperBound
            && source[index] == Byte.colon
    }

    private func find(_ pattern: [UInt8], from start: Int, limit: Int) -> Int? {
        guard limit - start >= pattern.count else { return nil }
        return (start...(limit - pattern.count)).first { ByteMatching.matches(source, at: $0, end: limit, pattern) }
    }

    private func runEnd(from start: Int, limit: Int) -> Int {
        var end = start
        while end < limit && source[end] == source[start] { end += 1 }
        return end
    }

    /// ASCII punctuation, which a backslash escapes.
    private static func isEscapable(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte < 0x7F && !ASCII.isAlphanumeric(byte)
    }

    private static func isSchemeSymbol(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".") || byte == Byte.hyphen
    }

    private static let commentOpening = Array("<!--".utf8)
    private static let commentClosing = Array("-->".utf8)
}
