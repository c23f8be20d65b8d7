/// A page read into its block elements (the nodes) and the paragraphs of
/// text between their tags (the blocks), both in document order.
///
/// A node's descendants are the nodes right after it, up to its ``Node/end``,
/// and the blocks its subtree holds are ``Node/blocks``: a subtree is a
/// range, so scoring and pruning are plain loops over arrays.
struct PageTree {
    /// A block-level element, or an inline one whose attributes make it a
    /// block of its own (a `span` classed as a caption, say).
    struct Node {
        var name: HTMLTagName
        /// The enclosing node; -1 for the root, which stands for the whole page.
        var parent: Int32
        /// The index after the node's last descendant.
        var end: Int32 = 0
        /// The blocks of the node's subtree.
        var blocks: Range<Int32> = 0..<0
        var cue: ElementCue
        var flags: Flags
        /// Totals over the subtree's blocks, filled in by ``PageTree/sumUp()``.
        var totals = Totals()
    }

    /// What a node is, from its name, its attributes and those of its ancestors.
    struct Flags: OptionSet {
        let rawValue: UInt8
        /// The node is site chrome by its name or role (`nav`, `role="banner"`, a `header` outside an article).
        static let chrome = Flags(rawValue: 1)
        /// The node or an ancestor is chrome.
        static let inChrome = Flags(rawValue: 2)
        /// The node or an ancestor is named like chrome (`class="sidebar"`) and not like content as well.
        static let unlikely = Flags(rawValue: 4)
        /// The node is an `article`, a `main`, or says it is the main content.
        static let landmark = Flags(rawValue: 8)
        /// The node or an ancestor is a landmark.
        static let inLandmark = Flags(rawValue: 16)
    }

    /// Sums over a node's subtree.
    struct Totals {
        /// Bytes of text.
        var bytes: Int32 = 0
        /// Bytes of text inside links.
        var linkBytes: Int32 = 0
        /// Characters (Unicode scalars) of text.
        var characters: Int32 = 0
        /// Commas, the mark of running prose.
        var commas: Int32 = 0
        /// `p` elements below the node.
        var paragraphs: Int32 = 0
        /// `li` elements below the node.
        var listItems: Int32 = 0

        /// The share of the text inside links.
        var linkDensity: Double { bytes == 0 ? 0 : Double(linkBytes) / Double(bytes) }
    }

    /// A paragraph: text between tags of block elements.
    struct Block {
        /// Where the text is in ``PageTree/text``; line breaks inside are `\n`.
        var text: Range<Int32>
        /// The innermost node holding the text.
        var node: Int32
        var linkBytes: Int32
        var characters: Int32
        var commas: Int32

        var linkDensity: Double { text.isEmpty ? 0 : Double(linkBytes) / Double(text.count) }
    }

    var nodes: [Node] = []
    var blocks: [Block] = []
    /// The text of all blocks, one after the other with nothing between.
    var text: [UInt8] = []

    /// The children of node `index`.
    func children(of index: Int) -> some Sequence<Int> {
        let end = Int(nodes[index].end)
        return sequence(first: index + 1) { Int(nodes[$0].end) }.prefix { $0 < end }
    }

    /// Adds each block to its node's totals, then each node's to its parent's.
    mutating func sumUp() {
        for block in blocks {
            let node = Int(block.node)
            nodes[node].totals.bytes += Int32(block.text.count)
            nodes[node].totals.linkBytes += block.linkBytes
            nodes[node].totals.characters += block.characters
            nodes[node].totals.commas += block.commas
        }
        for index in nodes.indices.dropFirst().reversed() {
            let node = nodes[index]
            let parent = Int(node.parent)
            nodes[parent].totals.bytes += node.totals.bytes
            nodes[parent].totals.linkBytes += node.totals.linkBytes
            nodes[parent].totals.characters += node.totals.characters
            nodes[parent].totals.commas += node.totals.commas
            nodes[parent].totals.paragraphs += node.totals.paragraphs + (node.name == .p ? 1 : 0)
            nodes[parent].totals.listItems += node.totals.listItems + (node.name == .li ? 1 : 0)
        }
    }
}
