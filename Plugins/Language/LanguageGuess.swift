import TextPipeCore

/// The language of a document, as written to the output.
public struct LanguageGuess: Encodable, Sendable, Hashable {
    /// An ISO 639-1 code such as `en`, or `und` when the text gives too little to go on.
    public var code: String
    /// How clearly the text points to that language, from 0 to 1.
    public var confidence: Double

    /// Creates a guess.
    public init(code: String, confidence: Double) {
        self.code = code
        self.confidence = confidence
    }

    /// The guess for a text that could not be identified.
    public static let undetermined = LanguageGuess(code: "und", confidence: 0)
}

/// The `language` output key.
public enum LanguageKey: AnnotationKey {
    public typealias Value = LanguageGuess
    public static let name = "language"
}

extension Annotation {
    /// The document's language, set by the language stage.
    public static let language: Annotation = "language"
}
