/// The text and metadata of a page.
struct ExtractedPage: Sendable {
    /// The page's text in UTF-8, paragraphs separated by blank lines.
    var text: [UInt8]
    var metadata: PageMetadata
}

/// Turns a page into its text. The clean stage holds one; a smarter extractor
/// (one that scores blocks, say) replaces ``LandmarkContentExtractor`` by
/// conforming to this.
protocol HTMLContentExtractor: Sendable {
    /// The text and metadata of the page `bytes`.
    func extract(_ bytes: UnsafeBufferPointer<UInt8>) -> ExtractedPage
}

/// Extracts the whole page's text, or with ``mainContentOnly`` just the
/// landmark ``MainContentLocator`` finds.
struct LandmarkContentExtractor: HTMLContentExtractor {
    /// Whether to keep only the main-content landmark when the page has one.
    var mainContentOnly: Bool

    func extract(_ bytes: UnsafeBufferPointer<UInt8>) -> ExtractedPage {
        var metadataReader = HTMLMetadataReader()
        var locator = MainContentLocator()
        var tokenizer = HTMLTokenizer(bytes, range: 0..<bytes.count)
        while let token = tokenizer.next() {
            metadataReader.read(token, in: bytes)
            if mainContentOnly { locator.read(token, in: bytes) }
        }
        let metadata = metadataReader.metadata
        let extractor = HTMLTextExtractor(title: metadata.title.map(TitleMatcher.init(title:)))
        if mainContentOnly, let content = locator.mainContent(endingAt: bytes.count) {
            let text = extractor.text(of: bytes, range: content, insideContent: true)
            // An empty landmark (a placeholder filled by scripts) says nothing about the page.
            if !text.isEmpty { return ExtractedPage(text: text, metadata: metadata) }
        }
        let text = extractor.text(of: bytes, range: 0..<bytes.count, insideContent: false)
        return ExtractedPage(text: text, metadata: metadata)
    }
}
