/// Writes the text of parts of a ``PageTree``: paragraphs separated by blank
/// lines, the cells of a table row on lines of their own.
///
/// Inside the main content it leaves out what reads as boilerplate: chrome,
/// nodes named like chrome, link lists, heads and figures, paragraphs that
/// are all link, the headline (the page's metadata has it), and headings
/// left with no text under them.
struct MainTextComposer {
    let tree: PageTree
    /// Headings that repeat the page's title are left out.
    let title: TitleMatcher?

    /// The text of the subtrees `roots`, without boilerplate.
    func mainText(of roots: [Int]) -> [UInt8] {
        var dropped = Array(repeating: false, count: tree.nodes.count)
        var kept: [Int] = []
        for root in roots {
            let end = Int(tree.nodes[root].end)
            let wrapperSize = Double(tree.nodes[root].totals.characters) * Self.wrapperShare
            if root + 1 < end {
                for index in root + 1..<end {
                    let isWrapper = Double(tree.nodes[index].totals.characters) >= wrapperSize
                    dropped[index] = dropped[Int(tree.nodes[index].parent)] || (!isWrapper && isBoilerplate(index))
                }
            }
            let blocks = tree.nodes[root].blocks
            for index in Int(blocks.lowerBound)..<Int(blocks.upperBound) where !dropped[Int(tree.blocks[index].node)] {
                let block = tree.blocks[index]
                if !isLinkParagraph(block) && !repeatsTitle(block) && !(kept.isEmpty && isHeadline(block)) {
                    kept.append(index)
                }
            }
        }
        return compose(withoutBareHeadings(kept))
    }

    /// The text of every block outside chrome: for pages with no main content to find.
    func allText() -> [UInt8] {
        compose(tree.blocks.indices.filter { !tree.nodes[Int(tree.blocks[$0].node)].flags.contains(.inChrome) })
    }

    // MARK: - Boilerplate

    /// Whether node `index`, inside the main content, is boilerplate with all it holds.
    private func isBoilerplate(_ index: Int) -> Bool {
        let node = tree.nodes[index]
        if node.flags.contains(.chrome) { return true }
        if node.cue.weight < 0 && !node.flags.contains(.landmark) { return true }
        let totals = node.totals
        switch node.name {
        case .header, .figure:
            // The head of an article holds its headline and byline, a figure an
            // image and its caption; rarely do they hold paragraphs of text.
            return totals.paragraphs < Self.paragraphsOfContent
        case .div, .section, .ul, .ol, .dl, .table, .form, .span:
            guard totals.commas < Self.commasOfProse else { return false }
            if totals.listItems - Self.listItemAllowance > totals.paragraphs && node.name != .ul && node.name != .ol {
                return true
            }
            // A lone paragraph may link a few words; several blocks with as
            // many links are a list of links or teasers.
            let isLone = node.blocks.count <= 1
            let linkDensity = totals.linkDensity
            return node.cue.weight >= ElementCue.nameWeight || isLone ? linkDensity > 0.5 : linkDensity > 0.2
        default:
            return false
        }
    }

    /// A block of text that is nearly all link ("Read more: ...") points elsewhere.
    private func isLinkParagraph(_ block: PageTree.Block) -> Bool {
        block.linkDensity > 0.8
    }

    /// An `h1` before any text is the headline, which the metadata has.
    private func isHeadline(_ block: PageTree.Block) -> Bool {
        tree.nodes[Int(block.node)].name == .h1
    }

    private func repeatsTitle(_ block: PageTree.Block) -> Bool {
        guard let title, isHeading(block) else { return false }
        return tree.text.withUnsafeBufferPointer { text in
            title.matches(text, Int(block.text.lowerBound)..<Int(block.text.upperBound))
        }
    }

    /// `blocks` without headings that no text follows before the next heading
    /// or the end: their sections were dropped.
    private func withoutBareHeadings(_ blocks: [Int]) -> [Int] {
        blocks.indices.compactMap { position in
            let block = blocks[position]
            guard isHeading(tree.blocks[block]) else { return block }
            let next = position + 1 < blocks.count ? blocks[position + 1] : nil
            return next.map { isHeading(tree.blocks[$0]) } == false ? block : nil
        }
    }

    private func isHeading(_ block: PageTree.Block) -> Bool {
        Self.headings.contains(tree.nodes[Int(block.node)].name)
    }

    // MARK: - Writing

    private func compose(_ blocks: [Int]) -> [UInt8] {
        var text: [UInt8] = []
        text.reserveCapacity(blocks.reduce(0) { $0 + tree.blocks[$1].text.count + 2 })
        var previous: PageTree.Block?
        for index in blocks {
            let block = tree.blocks[index]
            if let previous {
                text.append(Self.newline)
                if !areCellsOfOneRow(previous, block) { text.append(Self.newline) }
            }
            text.append(contentsOf: tree.text[Int(block.text.lowerBound)..<Int(block.text.upperBound)])
            previous = block
        }
        return text
    }

    private func areCellsOfOneRow(_ first: PageTree.Block, _ second: PageTree.Block) -> Bool {
        let firstNode = tree.nodes[Int(first.node)]
        let secondNode = tree.nodes[Int(second.node)]
        return firstNode.parent == secondNode.parent && Self.cells.contains(firstNode.name)
            && Self.cells.contains(secondNode.name)
    }

    /// A node holding this share of the main content's text wraps the article,
    /// whatever its name says: dropping it would leave next to nothing.
    static let wrapperShare = 0.8
    /// Heads and figures with fewer `p` than this are not content.
    static let paragraphsOfContent: Int32 = 2
    /// Containers with this many commas hold prose, whatever else they hold.
    static let commasOfProse: Int32 = 10
    /// Lists of up to this many items more than paragraphs are fine in content.
    static let listItemAllowance: Int32 = 100

    private static let newline = UInt8(ascii: "\n")
    private static let headings: Set<HTMLTagName> = [.h1, .h2, .h3, .h4, .h5, .h6]
    private static let cells: Set<HTMLTagName> = [.td, .th]
}
