import TextPipeCore

/// One masked stretch of the redacted text, as written to the output.
public struct Redaction: Encodable, Sendable, Hashable {
    /// Where the mask starts in the redacted text, in Unicode scalars.
    public var start: Int
    /// One past the mask's end, in Unicode scalars.
    public var end: Int
    /// What was masked (`email`, `phone`, `card`, `iban`, `ip`).
    public var kind: String

    /// Creates a redaction record.
    public init(start: Int, end: Int, kind: RedactionKind) {
        self.start = start
        self.end = end
        self.kind = kind.rawValue
    }
}

/// The `redactions` output key: what the redact stage masked, in text order.
public enum RedactionsKey: AnnotationKey {
    public typealias Value = [Redaction]
    public static let name = "redactions"
}

extension Annotation {
    /// The masked stretches recorded by the redact stage.
    public static let redactions: Annotation = "redactions"
}
