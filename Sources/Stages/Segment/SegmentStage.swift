import TextPipeCore

/// Splits text into paragraphs, sentences and word tokens.
///
/// Tokens come from ``WordTokenizer``; paragraphs are blocks between blank
/// lines (or lines, in text that has no blank line); sentences never cross a
/// paragraph and are found by ``SentenceSplitter``'s rules on the tokens;
/// those that are headings (``HeadingLine``) are marked as such.
public struct SegmentStage: Stage {
    /// Options of the segment stage.
    public struct Options: StageOptions {
        /// Extra abbreviations, without their final dot, whose dot ends a
        /// sentence only before a common sentence opener. One written with a
        /// capital (`Amb`) matches only capitalised words.
        public var abbreviations: [String]
        /// Whether a single line break ends a sentence (headlines, list items,
        /// sign-offs, one paragraph per line) unless it wraps running text.
        public var newlineBoundaries: Bool
        /// Whether the output carries the word tokens (`"tokens"`: start, end, kind).
        public var outputTokens: Bool

        /// The defaults: no extra abbreviations, line breaks may end sentences,
        /// tokens kept for later stages but not written out.
        public init() {
            abbreviations = []
            newlineBoundaries = true
            outputTokens = false
        }

        enum CodingKeys: String, CodingKey {
            case abbreviations
            case newlineBoundaries = "newline_boundaries"
            case outputTokens = "output_tokens"
        }

        public static var documentation: [OptionDocumentation] {
            [
                OptionDocumentation(
                    "abbreviations", type: "[string]",
                    help: "Extra abbreviations, without the dot; their dot ends a sentence only before The, He, ..."),
                OptionDocumentation(
                    "newline_boundaries", type: "boolean",
                    help: "A single line break ends a sentence unless it wraps running text."),
                OptionDocumentation(
                    "output_tokens", type: "boolean",
                    help: "Also write the word tokens (start, end, kind) to the output as \"tokens\"."),
            ]
        }
    }

    public static let name = "segment"
    public static let summary = "Splits text into paragraphs, sentences and word tokens."
    public static let needs: [Annotation] = []
    public static let provides: [Annotation] = [.paragraphs, .sentences, .tokens]

    private let splitter: SentenceSplitter
    private let outputTokens: Bool

    /// Builds the stage; throws when an extra abbreviation is empty or has inner spaces.
    public init(options: Options) throws {
        var extra: [String] = []
        for entry in options.abbreviations {
            let word = entry.hasSuffix(".") ? String(entry.dropLast()) : entry
            guard !word.isEmpty, !word.contains(where: \.isWhitespace) else {
                throw StageError("abbreviations: '\(entry)' is not a single word")
            }
            extra.append(word)
        }
        let abbreviations = extra.isEmpty ? AbbreviationList.standard : AbbreviationList(extraGeneral: extra)
        splitter = SentenceSplitter(abbreviations: abbreviations, splitsLines: options.newlineBoundaries)
        outputTokens = options.outputTokens
    }

    /// Sets the document's tokens, paragraphs and sentences.
    public func process(_ document: inout Document) throws {
        let (tokens, paragraphs, sentences, written) = document.withUTF8 { bytes in
            let tokens = WordTokenizer.tokens(in: bytes)
            let (paragraphs, sentences) = tokens.withUnsafeBufferPointer { tokenBuffer in
                segment(TokenText(bytes: bytes, tokens: tokenBuffer))
            }
            let written = outputTokens ? TokenOutput.spans(of: tokens, in: bytes) : nil
            return (tokens, paragraphs, sentences, written)
        }
        document.tokens = tokens
        if let written { document.annotations[TokenOutput.self] = written }
        document.paragraphs = paragraphs
        document.sentences = sentences
    }

    private func segment(_ text: TokenText) -> (paragraphs: [Span], sentences: [Sentence]) {
        let (blocks, hasBlankLine) = ParagraphSplitter.blocks(of: text)
        var sentenceRanges: [Range<Int>] = []
        for block in blocks { splitter.split(block, of: text, into: &sentenceRanges) }
        let paragraphRanges = hasBlankLine ? blocks : ParagraphSplitter.lines(of: text, sentences: sentenceRanges)
        let span = { (range: Range<Int>) in
            Span(start: text.tokens[range.lowerBound].span.start, end: text.tokens[range.upperBound - 1].span.end)
        }
        let sentences = sentenceRanges.map { range in
            Sentence(span: span(range), tokens: range, isHeading: HeadingLine.isHeading(range, of: text))
        }
        return (paragraphRanges.map(span), sentences)
    }
}
