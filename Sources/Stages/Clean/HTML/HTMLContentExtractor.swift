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

/// Extracts the whole page's text, or with ``mainContentOnly`` just that of
/// its main landmark: the largest `article`, else the largest `main`, else the
/// largest `role="main"` element.
///
/// A landmark holding less than ``minimumShare`` of the page's text is not
/// the main content (pages mark up comments and teaser cards as articles
/// too), so the next kind is tried, and at last the whole page.
struct LandmarkContentExtractor: HTMLContentExtractor {
    /// Whether to keep only the main-content landmark when the page has one.
    var mainContentOnly: Bool

    /// The least part of the page's text the main landmark must hold.
    static let minimumShare = 0.25

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
        let page = extractor.text(of: bytes, range: 0..<bytes.count, insideContent: false)
        let candidates = mainContentOnly ? locator.candidates(endingAt: bytes.count) : []
        for candidate in candidates {
            let text = extractor.text(of: bytes, range: candidate, insideContent: true)
            if Double(text.count) >= Self.minimumShare * Double(page.count) && !text.isEmpty {
                return ExtractedPage(text: text, metadata: metadata)
            }
        }
        return ExtractedPage(text: page, metadata: metadata)
    }
}
