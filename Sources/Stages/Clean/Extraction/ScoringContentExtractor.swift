/// Extracts a page's main text: reads the page into a ``PageTree``, finds
/// the nodes holding the article with ``MainContentScorer``, and writes
/// their text without boilerplate with ``MainTextComposer``.
///
/// When nodes named like chrome are ignored and too little text is found, a
/// second try counts them too (some sites wrap their articles in oddly named
/// elements); a page with no paragraph to score gives all its text outside
/// chrome, as does ``mainContentOnly`` off.
struct ScoringContentExtractor: HTMLContentExtractor {
    /// Whether to keep only the main content; off, all text outside chrome is kept.
    var mainContentOnly: Bool

    /// Main text shorter than this (in bytes) makes the extractor try again, counting unlikely nodes.
    static let shortestMainText = 500

    func extract(_ bytes: UnsafeBufferPointer<UInt8>) -> ExtractedPage {
        let (tree, metadata) = PageTreeBuilder.read(bytes)
        let composer = MainTextComposer(tree: tree, title: metadata.title.map(TitleMatcher.init(title:)))
        guard mainContentOnly else { return ExtractedPage(text: composer.allText(), metadata: metadata) }
        var best: [UInt8] = []
        for countingUnlikely in [false, true] {
            var scorer = MainContentScorer(tree, countingUnlikely: countingUnlikely)
            let text = composer.mainText(of: scorer.mainContent())
            if text.count > best.count { best = text }
            if best.count >= Self.shortestMainText { break }
        }
        return ExtractedPage(text: best.isEmpty ? composer.allText() : best, metadata: metadata)
    }
}
