/// Where a document came from and what kind of file it was.
public struct DocumentSource: Sendable, Hashable {
    /// The file format of the input.
    public enum Format: String, Sendable {
        case text
        case markdown
        case html
        case jsonl
    }

    /// The input file's path as given (nil for standard input).
    public var path: String?
    /// The 1-based line in a JSONL file.
    public var line: Int?
    /// The file format.
    public var format: Format

    /// Creates a source description.
    public init(path: String? = nil, line: Int? = nil, format: Format = .text) {
        self.path = path
        self.line = line
        self.format = format
    }
}

/// A document flowing through a pipeline: its text plus standoff annotations.
///
/// Only the `clean` stage changes ``text``; every other stage adds
/// annotations whose spans are UTF-8 byte offsets into it.
public struct Document: Sendable {
    /// The document's identifier (see CONTRACT.md, Input).
    public var id: String
    /// Where it came from.
    public var source: DocumentSource
    /// The text.
    public var text: String
    /// Metadata: keys from a JSONL input line other than `id` and `text`, and
    /// what stages find (title, author, warnings).
    public var meta: JSONObject
    /// Paragraph spans, set by the segment stage.
    public var paragraphs: [Span]?
    /// Sentences, set by the segment stage.
    public var sentences: [Sentence]?
    /// Tokens of the whole text in order, set by the segment stage.
    public var tokens: [Token]?
    /// Entities in order of position, set by the entities stage.
    public var entities: [Entity]?
    /// The extractive summary, set by the summarize stage.
    public var summary: Summary?
    /// Topic tags, best first, set by the tag stage.
    public var tags: [Tag]?
    /// Keywords, best first, set by the tag stage.
    public var keywords: [Keyword]?
    /// Annotations of custom stages.
    public var annotations: AnnotationStore

    /// Creates a document with no annotations.
    public init(id: String, text: String, source: DocumentSource = DocumentSource(), meta: JSONObject = [:]) {
        self.id = id
        self.text = text
        self.source = source
        self.meta = meta
        self.annotations = AnnotationStore()
    }

    /// The text of `span`.
    public func text(of span: Span) -> String {
        var text = self.text
        return text.withUTF8 { bytes in
            String(decoding: UnsafeBufferPointer(rebasing: bytes[span.start..<span.end]), as: UTF8.self)
        }
    }

    /// Calls `body` with the text's UTF-8 bytes (contiguous, no copy for native strings).
    public func withUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        var text = self.text
        return try text.withUTF8(body)
    }

    /// Appends a warning to `meta["warnings"]`.
    public mutating func addWarning(_ message: String) {
        var warnings = meta["warnings"]?.arrayValue ?? []
        warnings.append(.string(message))
        meta["warnings"] = .array(warnings)
    }
}
