import TextPipeCore

/// Strips HTML, Markdown and boilerplate, normalises Unicode and whitespace.
///
/// The only stage that changes a document's text. HTML (or Markdown) to
/// text, mojibake, hyphenation, whitespace and boilerplate and repeated lines
/// run in that order on UTF-8 bytes; Unicode normalisation runs last, on the
/// finished string, as it needs a `String`.
///
/// Why this order: mojibake is repaired on the extracted text (entities may
/// spell it) and before anything touches its no-break spaces and soft hyphens,
/// which are halves of damaged characters ("Â\u{A0}", "Â\u{AD}"). Hyphenation
/// comes before whitespace, which would drop soft hyphens without joining the
/// words they split; the whitespace step's own soft-hyphen removal then finds
/// none. Lines are compared last, once whitespace is regular, so lines that
/// differ only in spacing are repeats.
public struct CleanStage: Stage {
    public static let name = "clean"
    public static let summary = "Strips HTML, Markdown and boilerplate, normalises Unicode and whitespace."
    public static let needs: [Annotation] = []
    public static let provides: [Annotation] = [.cleanText]

    private let options: Options
    private let extractor: any HTMLContentExtractor
    private let boilerplateFilter: BoilerplateFilter

    /// Builds the stage.
    public init(options: Options) throws {
        self.options = options
        self.extractor = ScoringContentExtractor(mainContentOnly: options.mainContent)
        self.boilerplateFilter = .standard
    }

    /// Cleans `document.text`, and sets `meta` keys `title`, `author`, `date`
    /// (from HTML markup, a Markdown `#` heading, or the text's headline,
    /// byline and dateline; keys the document has are kept), `removed_lines`
    /// (boilerplate and repeated lines dropped) and `repaired_mojibake`
    /// (damaged characters repaired) when found.
    public func process(_ document: inout Document) throws {
        // The text being worked on, once a step has rewritten it.
        var working: [UInt8]?
        let page = document.withUTF8 { original in
            readsAsHTML(document.source.format, original) ? extractor.extract(original) : nil
        }
        if let page {
            page.metadata.write(into: &document.meta)
            working = page.text
        } else if options.markdown == .auto && document.source.format == .markdown {
            let stripped = document.withUTF8(MarkdownStripper.strip)
            DocumentMetadata(title: stripped.title).write(into: &document.meta)
            working = stripped.text
        }
        if options.mojibake, let repaired = withBytes(working, of: document, MojibakeRepairer.repair) {
            working = repaired.text
            document.meta["repaired_mojibake"] = .integer(repaired.repairs)
        }
        if options.hyphenation, let joined = withBytes(working, of: document, HyphenationRepairer.repair) {
            working = joined
        }
        if options.whitespace {
            working = withBytes(working, of: document) { WhitespaceNormalizer.normalize($0) }
        }
        let lineRules: BoilerplateFilter.Rules = [
            options.boilerplate ? .boilerplate : [], options.repeatedLines ? .repeats : [],
        ]
        if !lineRules.isEmpty {
            let filtered = withBytes(working, of: document) { boilerplateFilter.filter($0, dropping: lineRules) }
            var metadata = filtered.metadata
            // A page's title is in its markup; the first line of its main text
            // may be anything (a standfirst, a caption), so it is no title.
            if page != nil { metadata.title = nil }
            metadata.write(into: &document.meta)
            if let text = filtered.text {
                working = text
                document.meta["removed_lines"] = .integer(filtered.removedLines)
            }
        }
        let form = options.normalization
        let isStable = withBytes(working, of: document) { UnicodeNormalizer.isStable($0, under: form) }
        let text = working.map { String(decoding: $0, as: UTF8.self) } ?? document.text
        document.text = UnicodeNormalizer.normalize(text, to: form, isStable: isStable)
    }

    private func readsAsHTML(_ format: DocumentSource.Format, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        switch options.html {
        case .always: true
        case .never: false
        case .auto: format == .html || HTMLSniffer.looksLikeHTML(bytes)
        }
    }

    /// Calls `body` with the working bytes, or the document's text when no step has rewritten it yet.
    private func withBytes<Result>(
        _ working: [UInt8]?, of document: Document, _ body: (UnsafeBufferPointer<UInt8>) -> Result
    ) -> Result {
        if let working { return working.withUnsafeBufferPointer(body) }
        return document.withUTF8(body)
    }
}
