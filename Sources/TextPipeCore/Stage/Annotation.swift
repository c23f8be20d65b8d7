/// A kind of annotation a stage can need or provide. Open-ended, so custom
/// stages can declare their own.
public struct Annotation: RawRepresentable, Sendable, Hashable, ExpressibleByStringLiteral, CustomStringConvertible {
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public var description: String { rawValue }

    /// Text that has been cleaned (HTML removed, whitespace normalised).
    public static let cleanText: Annotation = "clean-text"
    public static let paragraphs: Annotation = "paragraphs"
    public static let sentences: Annotation = "sentences"
    public static let tokens: Annotation = "tokens"
    public static let entities: Annotation = "entities"
    public static let summary: Annotation = "summary"
    public static let tags: Annotation = "tags"
    public static let keywords: Annotation = "keywords"
}
