/// The text and metadata of a page.
struct ExtractedPage: Sendable {
    /// The page's text in UTF-8, paragraphs separated by blank lines.
    var text: [UInt8]
    var metadata: DocumentMetadata
}

/// Turns a page into its text. The clean stage holds one; ``ScoringContentExtractor`` is the standard one.
protocol HTMLContentExtractor: Sendable {
    /// The text and metadata of the page `bytes`.
    func extract(_ bytes: UnsafeBufferPointer<UInt8>) -> ExtractedPage
}
