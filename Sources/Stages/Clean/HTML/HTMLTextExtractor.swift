/// Turns a stretch of a page into plain text: drops scripts, navigation and
/// other chrome with everything inside, makes blocks into paragraphs and
/// lets inline markup vanish.
struct HTMLTextExtractor {
    /// Headings equal to this title are written only once.
    var title: TitleMatcher?

    /// The text of `bytes[range]`. `insideContent` says the range lies inside
    /// an `article` or `main`, where a `header` belongs to the content.
    func text(of bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, insideContent: Bool) -> [UInt8] {
        var state = State(contentDepth: insideContent ? 1 : 0)
        var writer = HTMLTextWriter(capacity: range.count / 2)
        var tokenizer = HTMLTokenizer(bytes, range: range)
        while let token = tokenizer.next() {
            switch token {
            case .text(let textRange, let decodesEntities) where state.dropped.isEmpty:
                writer.write(
                    bytes, textRange, decodingEntities: decodesEntities, preservingWhitespace: state.preformatted > 0)
            case .startTag(let tag):
                open(tag, state: &state, writer: &writer)
            case .endTag(let tag):
                close(tag, state: &state, writer: &writer)
            default:
                break
            }
        }
        return writer.bytes
    }

    /// What the walk needs to remember about the elements it is inside.
    private struct State {
        /// How many `article`/`main` elements are open (plus one when the range is inside one).
        var contentDepth: Int
        /// The open elements whose content is dropped, innermost last.
        var dropped: [HTMLTagName] = []
        /// How many `pre` elements are open.
        var preformatted = 0
        /// Where the open `h1` started, to take it back if it repeats the title.
        var heading: HTMLTextWriter.Mark?
        var hasWrittenTitle = false
    }

    private func open(_ tag: HTMLTag, state: inout State, writer: inout HTMLTextWriter) {
        let role = HTMLElementRole.of(tag.name)
        if tag.name == .body { state.dropped.removeAll() }  // recovers from chrome left open in the head
        if !state.dropped.isEmpty {
            if (role == .dropped || role == .pageHeader) && !tag.isSelfClosing { state.dropped.append(tag.name) }
            return
        }
        switch role {
        case .inline:
            break
        case .lineBreak:
            writer.breakLine()
        case .cell:
            writer.startLine()
        case .dropped:
            if !tag.isSelfClosing { state.dropped.append(tag.name) }
        case .pageHeader where state.contentDepth == 0:
            if !tag.isSelfClosing { state.dropped.append(tag.name) }
        case .pageHeader, .block:
            writer.breakParagraph()
            guard !tag.isSelfClosing else { return }
            switch tag.name {
            case .article, .main: state.contentDepth += 1
            case .pre: state.preformatted += 1
            case .h1: state.heading = writer.mark
            default: break
            }
        }
    }

    private func close(_ tag: HTMLTag, state: inout State, writer: inout HTMLTextWriter) {
        if !state.dropped.isEmpty {
            if let index = state.dropped.lastIndex(of: tag.name) {
                state.dropped.removeSubrange(index...)
            } else if tag.name == .body || tag.name == .html {
                state.dropped.removeAll()
            }
            return
        }
        switch HTMLElementRole.of(tag.name) {
        case .block, .pageHeader:
            switch tag.name {
            case .article, .main: state.contentDepth = max(state.contentDepth - 1, 0)
            case .pre: state.preformatted = max(state.preformatted - 1, 0)
            case .h1: closeHeading(state: &state, writer: &writer)
            default: break
            }
            writer.breakParagraph()
        case .lineBreak:
            // Browsers read a stray `</br>` as `<br>`.
            writer.breakLine()
        case .inline, .cell, .dropped:
            break
        }
    }

    private func closeHeading(state: inout State, writer: inout HTMLTextWriter) {
        guard let mark = state.heading, let title else { return }
        state.heading = nil
        let isTitle = writer.bytes.withUnsafeBufferPointer { bytes in
            title.matches(bytes, ByteMatching.trimmed(bytes, mark.offset..<bytes.count))
        }
        guard isTitle else { return }
        if state.hasWrittenTitle { writer.rewind(to: mark) }
        state.hasWrittenTitle = true
    }
}
