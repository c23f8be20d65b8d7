import TextPipeCore

/// Reads a page into a ``PageTree`` in one pass of the tokenizer, and its
/// metadata on the way.
///
/// Recovers from broken nesting the way browsers mostly do: an end tag closes
/// the innermost open element of its name and everything opened inside it,
/// a block start closes an open `p`, and `li`, `dt`, `dd`, `td`, `th`, `tr`
/// close their open predecessors. End tags of nothing open are ignored, as
/// are `</body>` and `</html>` (browsers keep adding what follows to the body).
struct PageTreeBuilder {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var tree = PageTree()
    private var writer: HTMLTextWriter
    private var cues = ElementCueReader()
    private var metadata = HTMLMetadataReader()
    /// The open nodes, innermost last; the root is not among them.
    private var open: [OpenNode] = []
    /// The outermost open element whose content is not text, and how many
    /// elements of its name are open inside it, itself included.
    private var skipped: (name: HTMLTagName, depth: Int)?
    /// Whether text is inside an `a` now.
    private var inLink = false
    /// Bytes of the current block's text inside links.
    private var blockLinkBytes = 0
    /// How many `pre` elements are open.
    private var preformatted = 0

    private struct OpenNode {
        var index: Int32
        var name: HTMLTagName
        /// Whether text was inside a link when the node opened, to restore when it closes.
        var wasInLink: Bool
        /// Elements of the same name opened inside an inline node and not
        /// nodes themselves, so their end tags do not close it.
        var nestedSameName = 0
    }

    /// Reads `bytes`.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>) -> (tree: PageTree, metadata: DocumentMetadata) {
        var builder = PageTreeBuilder(bytes)
        builder.readAll()
        return (builder.tree, builder.metadata.metadata)
    }

    private init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        // Text is typically a fifth of a page or less.
        writer = HTMLTextWriter(capacity: bytes.count / 4)
        tree.nodes.reserveCapacity(bytes.count / 200)
        tree.nodes.append(PageTree.Node(name: .unknown, parent: -1, cue: ElementCue(), flags: []))
    }

    private mutating func readAll() {
        var tokenizer = HTMLTokenizer(bytes, range: 0..<bytes.count)
        while let token = tokenizer.next() {
            metadata.read(token, in: bytes)
            switch token {
            case .text(let range, let decodesEntities) where skipped == nil:
                let before = writer.bytes.count
                writer.write(bytes, range, decodingEntities: decodesEntities, preservingWhitespace: preformatted > 0)
                if inLink { blockLinkBytes += writer.bytes.count - before }
            case .startTag(let tag):
                start(tag)
            case .endTag(let tag):
                end(tag)
            default:
                break
            }
        }
        finishBlock()
        if !open.isEmpty { close(downTo: 0) }
        tree.nodes[0].end = Int32(tree.nodes.count)
        tree.nodes[0].blocks = 0..<Int32(tree.blocks.count)
        tree.text = writer.bytes
        tree.sumUp()
    }

    // MARK: - Tags

    private mutating func start(_ tag: HTMLTag) {
        let role = HTMLElementRole.of(tag.name)
        if tag.name == .body { skipped = nil }  // recovers from markup left open in the head
        if let open = skipped {
            if !tag.isSelfClosing && tag.name == open.name { skipped = (open.name, open.depth + 1) }
            return
        }
        switch role {
        case .inline:
            startInline(tag)
        case .lineBreak:
            writer.breakLine()
        case .boundary:
            closeOpenParagraph()
            finishBlock()
        case .skipped:
            if !tag.isSelfClosing { skipped = (tag.name, 1) }
        case .block, .cell, .chrome, .header:
            closeImpliedElements(before: tag.name)
            finishBlock()
            guard !tag.isSelfClosing else { return }
            let cue = cues.cue(bytes, attributes: tag.attributes)
            if cue.isHidden {
                skipped = (tag.name, 1)
            } else {
                push(tag.name, role: role, cue: cue)
            }
        }
    }

    /// Links are tracked for link density; a `span` named like chrome (a
    /// caption, a byline) becomes a node of its own so it can be dropped.
    private mutating func startInline(_ tag: HTMLTag) {
        guard !tag.isSelfClosing else { return }
        if tag.name == .a {
            inLink = true
            return
        }
        if tag.name == .span && !tag.attributes.isEmpty {
            let cue = cues.cue(bytes, attributes: tag.attributes)
            if cue.isHidden {
                skipped = (tag.name, 1)
                return
            }
            if cue.weight < 0 || cue.isChrome {
                finishBlock()
                push(tag.name, role: .inline, cue: cue)
                return
            }
        }
        if let last = open.indices.last, open[last].name == tag.name { open[last].nestedSameName += 1 }
    }

    private mutating func end(_ tag: HTMLTag) {
        if let open = skipped {
            if tag.name == open.name {
                skipped = open.depth > 1 ? (open.name, open.depth - 1) : nil
            } else if tag.name == .body || tag.name == .html {
                skipped = nil
            }
            return
        }
        switch HTMLElementRole.of(tag.name) {
        case .inline:
            if tag.name == .a {
                inLink = false
            } else if let last = open.indices.last, open[last].name == tag.name {
                if open[last].nestedSameName > 0 {
                    open[last].nestedSameName -= 1
                } else {
                    finishBlock()
                    close(downTo: last)
                }
            }
        case .lineBreak:
            // Browsers read a stray `</br>` as `<br>`.
            writer.breakLine()
        case .block, .cell, .chrome, .header:
            guard tag.name != .body && tag.name != .html,
                let index = searchedOpenNodes.last(where: { open[$0].name == tag.name })
            else { return }
            finishBlock()
            close(downTo: index)
        case .boundary, .skipped:
            break
        }
    }

    // MARK: - Nodes

    /// The open nodes an end tag or an implied end may close: the innermost
    /// few hundred, so broken pages with thousands of unclosed elements stay
    /// linear (real nesting is rarely a hundred deep).
    private var searchedOpenNodes: Range<Int> { max(0, open.count - Self.deepestSearch)..<open.count }

    private static let deepestSearch = 256

    private mutating func push(_ name: HTMLTagName, role: HTMLElementRole, cue: ElementCue) {
        let parentIndex = open.last?.index ?? 0
        let parentFlags = tree.nodes[Int(parentIndex)].flags
        var flags: PageTree.Flags = []
        if name == .article || name == .main || cue.isMain { flags.formUnion([.landmark, .inLandmark]) }
        if parentFlags.contains(.inLandmark) { flags.insert(.inLandmark) }
        if role == .chrome || cue.isChrome || (role == .header && !flags.contains(.inLandmark)) {
            flags.formUnion([.chrome, .inChrome])
        }
        if parentFlags.contains(.inChrome) { flags.insert(.inChrome) }
        // Body classes describe the layout (`has-sidebar`), not the body.
        let isNamedLikeChrome = cue.weight < 0 && !flags.contains(.landmark) && name != .body && name != .html
        if parentFlags.contains(.unlikely) || isNamedLikeChrome {
            flags.insert(.unlikely)
        }
        let index = Int32(tree.nodes.count)
        var node = PageTree.Node(name: name, parent: parentIndex, cue: cue, flags: flags)
        node.blocks = Int32(tree.blocks.count)..<Int32(tree.blocks.count)
        tree.nodes.append(node)
        open.append(OpenNode(index: index, name: name, wasInLink: inLink))
        if name == .pre { preformatted += 1 }
    }

    /// Closes `open[index]` and the nodes opened inside it.
    private mutating func close(downTo index: Int) {
        let nodeEnd = Int32(tree.nodes.count)
        let blockEnd = Int32(tree.blocks.count)
        for entry in open[index...] {
            let node = Int(entry.index)
            tree.nodes[node].end = nodeEnd
            tree.nodes[node].blocks = tree.nodes[node].blocks.lowerBound..<blockEnd
            if entry.name == .pre { preformatted -= 1 }
        }
        inLink = open[index].wasInLink
        open.removeSubrange(index...)
    }

    private mutating func closeOpenParagraph() {
        if let last = open.indices.last, open[last].name == .p {
            finishBlock()
            close(downTo: last)
        }
    }

    /// Closes what a start tag of `name` ends without an end tag.
    private mutating func closeImpliedElements(before name: HTMLTagName) {
        closeOpenParagraph()
        let implied: (closes: [HTMLTagName], within: [HTMLTagName])
        switch name {
        case .li: implied = ([.li], [.ul, .ol])
        case .dt, .dd: implied = ([.dt, .dd], [.dl])
        case .td, .th: implied = ([.td, .th], [.tr, .table])
        case .tr: implied = ([.tr], [.table, .thead, .tbody, .tfoot])
        default: return
        }
        for index in searchedOpenNodes.reversed() {
            let openName = open[index].name
            if implied.within.contains(openName) { return }
            if implied.closes.contains(openName) {
                finishBlock()
                close(downTo: index)
                return
            }
        }
    }

    // MARK: - Blocks

    /// Ends the paragraph being written, recording it when it has text.
    private mutating func finishBlock() {
        let range = writer.endBlock()
        defer { blockLinkBytes = 0 }
        guard !range.isEmpty else { return }
        var characters: Int32 = 0
        var commas: Int32 = 0
        writer.bytes.withUnsafeBufferPointer { text in
            for index in range {
                let byte = text[index]
                if ASCII.isScalarStart(byte) { characters += 1 }
                if byte == Self.comma || (byte == Self.wideCommaLastByte && Self.endsWideComma(text, at: index)) {
                    commas += 1
                }
            }
        }
        tree.blocks.append(
            PageTree.Block(
                text: Int32(range.lowerBound)..<Int32(range.upperBound), node: open.last?.index ?? 0,
                linkBytes: Int32(min(blockLinkBytes, range.count)), characters: characters, commas: commas))
    }

    private static let comma = UInt8(ascii: ",")

    /// The last byte of the Arabic comma (U+060C) and the full-width comma (U+FF0C).
    private static let wideCommaLastByte: UInt8 = 0x8C

    private static func endsWideComma(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index >= 1 else { return false }
        if text[index - 1] == 0xD8 { return true }
        return index >= 2 && text[index - 1] == 0xBC && text[index - 2] == 0xEF
    }
}
