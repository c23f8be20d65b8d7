/// Finds the nodes holding a page's main text by scoring its paragraphs, as
/// readability-style extractors do.
///
/// Each paragraph of 25 characters or more scores 1, plus 1 per comma, plus
/// 1 per 100 characters (at most 3), and passes its score to the node around
/// it, half of it to the next one up, and a third, a sixth, ... further up:
/// the node that gathers most, discounted by its share of link text, holds
/// the article. Nodes start from a score for their name (a `div` likely holds
/// prose, a list or a heading not) and their ``ElementCue/weight``.
struct MainContentScorer {
    private let tree: PageTree
    /// Whether paragraphs in nodes named like chrome count; they do in a second try when the first finds too little.
    private let countsUnlikely: Bool
    /// Each node's score, or `nil` for nodes no paragraph reached.
    private var scores: [Double?]

    init(_ tree: PageTree, countingUnlikely: Bool) {
        self.tree = tree
        self.countsUnlikely = countingUnlikely
        scores = Array(repeating: nil, count: tree.nodes.count)
    }

    /// The shortest paragraph that scores, in characters.
    static let shortestParagraph: Int32 = 25
    /// How many ancestors a paragraph passes its score to.
    static let ancestorLevels = 5

    /// The nodes of the main content in document order: the best node (or
    /// the ancestor it shares with close rivals, or a better-scoring one),
    /// those of its siblings that score nearly as well or read as prose, and
    /// nodes elsewhere sharing its class. Empty when no paragraph scores.
    mutating func mainContent() -> [Int] {
        scoreParagraphs()
        let final: [Double?] = scores.indices.map { index in
            scores[index].map { $0 * (1 - tree.nodes[index].totals.linkDensity) }
        }
        guard let best = final.indices.filter({ final[$0] != nil }).max(by: { final[$0]! < final[$1]! }) else {
            return []
        }
        var top = ancestorSharedByRivals(of: best, final: final)
        top = bestAncestor(of: top, score: final[top] ?? initialScore(top), final: final)
        top = outermostSoleWrapper(of: top)
        let roots = withSiblings(of: top, score: final[top] ?? initialScore(top), final: final)
        return withLookalikes(of: best, in: roots, final: final)
    }

    private mutating func scoreParagraphs() {
        for block in tree.blocks where block.characters >= Self.shortestParagraph && block.linkDensity <= 0.5 {
            let owner = Int(block.node)
            let node = tree.nodes[owner]
            guard isCounted(node), Self.paragraphNames.contains(node.name) || owner == 0 else { continue }
            let score = 1 + Double(block.commas) + Double(min(block.characters / 100, 3))
            // Text beside other blocks sits in the owner like a paragraph of
            // its own; a `p` or a `div` of text only is the paragraph itself.
            let beside = node.end > owner + 1 && !Self.textNames.contains(node.name)
            var ancestor: Int? = beside ? owner : parent(of: owner)
            for level in 0..<Self.ancestorLevels {
                guard let current = ancestor else { break }
                let divider = level == 0 ? 1.0 : level == 1 ? 2.0 : Double(level * 3)
                scores[current] = (scores[current] ?? initialScore(current)) + score / divider
                ancestor = parent(of: current)
            }
        }
    }

    private func isCounted(_ node: PageTree.Node) -> Bool {
        !node.flags.contains(.inChrome) && (countsUnlikely || !node.flags.contains(.unlikely))
    }

    /// When several nodes score nearly as well as the best, the article is
    /// likely split among them: their closest common ancestor holding at
    /// least three of them is the better choice.
    private func ancestorSharedByRivals(of top: Int, final: [Double?]) -> Int {
        guard let best = final[top] else { return top }
        // Only scored nodes: with a best score of zero or less, an unscored one would pass as 0.
        let rivals = final.indices
            .compactMap { index in final[index].map { (index: index, score: $0) } }
            .filter { $0.index != top && $0.score >= best * 0.75 }
            .sorted { $0.score > $1.score }
            .prefix(4)
            .map(\.index)
        guard rivals.count >= 3 else { return top }
        var ancestor = parent(of: top)
        while let current = ancestor, current != 0 {
            let end = Int(tree.nodes[current].end)
            if rivals.count(where: { $0 > current && $0 < end }) >= 3 { return current }
            ancestor = parent(of: current)
        }
        return top
    }

    /// Climbs from `top` while the ancestors score well: one scoring more
    /// than the node below it holds more of the article.
    private func bestAncestor(of top: Int, score: Double, final: [Double?]) -> Int {
        var lastScore = score
        let threshold = lastScore / 3
        var ancestor = parent(of: top)
        while let current = ancestor, current != 0, tree.nodes[current].name != .body {
            defer { ancestor = parent(of: current) }
            guard let score = final[current] else { continue }
            if score < threshold { break }
            if score > lastScore { return current }
            lastScore = score
        }
        return top
    }

    /// The outermost ancestor below the body of which `top` is the only
    /// child: wrappers add nothing but may hold siblings worth merging.
    private func outermostSoleWrapper(of top: Int) -> Int {
        var top = top
        while let parent = parent(of: top), parent != 0, tree.nodes[parent].name != .body,
            top == parent + 1, tree.nodes[top].end == tree.nodes[parent].end
        {
            top = parent
        }
        return top
    }

    /// `top` and the siblings that belong with it, in document order.
    private func withSiblings(of top: Int, score: Double, final: [Double?]) -> [Int] {
        guard let parent = parent(of: top) else { return [top] }
        let threshold = max(10, score * 0.2)
        let topClass = tree.nodes[top].cue.classHash
        return tree.children(of: parent).filter { sibling in
            if sibling == top { return true }
            let node = tree.nodes[sibling]
            guard isCounted(node) else { return false }
            let bonus = topClass != 0 && node.cue.classHash == topClass ? score * 0.2 : 0
            if let siblingScore = final[sibling], siblingScore + bonus >= threshold { return true }
            guard node.name == .p else { return false }
            let linkDensity = node.totals.linkDensity
            if node.totals.characters > 80 { return linkDensity < 0.25 }
            return node.totals.characters > 0 && linkDensity == 0 && endsSentence(node)
        }
    }

    /// `roots` and the nodes elsewhere on the page that share the class of
    /// the best node `top` and score nearly as well: templates that split an article into
    /// sections at different depths give each section the same class.
    private func withLookalikes(of top: Int, in roots: [Int], final: [Double?]) -> [Int] {
        let topClass = tree.nodes[top].cue.classHash
        guard topClass != 0, let score = final[top] else { return roots }
        let threshold = max(10, score * 0.2)
        var all = roots
        for index in tree.nodes.indices where tree.nodes[index].cue.classHash == topClass {
            guard let candidate = final[index], candidate >= threshold, isCounted(tree.nodes[index]) else { continue }
            let end = Int(tree.nodes[index].end)
            let overlaps = all.contains { root in
                (root <= index && index < Int(tree.nodes[root].end)) || (index <= root && root < end)
            }
            if !overlaps { all.append(index) }
        }
        return all.sorted()
    }

    /// Whether the node's text has a full stop followed by a space or at its end.
    private func endsSentence(_ node: PageTree.Node) -> Bool {
        let blocks = tree.blocks[Int(node.blocks.lowerBound)..<Int(node.blocks.upperBound)]
        return blocks.contains { block in
            let text = tree.text[Int(block.text.lowerBound)..<Int(block.text.upperBound)]
            return text.last == Self.period || zip(text, text.dropFirst()).contains { $0 == Self.period && $1 == Self.space }
        }
    }

    private func initialScore(_ index: Int) -> Double {
        let node = tree.nodes[index]
        var score = Double(node.cue.weight)
        switch node.name {
        case .div: score += 5
        case .pre, .td, .blockquote: score += 3
        case .address, .ol, .ul, .dl, .dd, .dt, .li, .form: score -= 3
        case .h1, .h2, .h3, .h4, .h5, .h6, .th: score -= 5
        default: break
        }
        if node.flags.contains(.landmark) { score += Double(ElementCue.nameWeight) }
        return score
    }

    private func parent(of index: Int) -> Int? {
        let parent = Int(tree.nodes[index].parent)
        return parent >= 0 ? parent : nil
    }

    private static let period = UInt8(ascii: ".")
    private static let space = UInt8(ascii: " ")
    /// Elements whose text makes a paragraph that scores.
    private static let paragraphNames: Set<HTMLTagName> = [
        .p, .pre, .td, .div, .section, .article, .main, .blockquote, .body, .html, .form, .center,
    ]
    /// Elements that are a paragraph even when other blocks sit inside them.
    private static let textNames: Set<HTMLTagName> = [.p, .pre, .td]
}
