import TextPipeCore

/// Identifies the language of each document: Latin-script languages by
/// their most frequent function words, others by their script.
public struct LanguageStage: Stage {
    /// Options of the language stage.
    public struct Options: StageOptions {
        /// The language codes that may be reported.
        public var languages: [String] = LanguageProfile.allCodes
        /// Texts with fewer words are reported as `und`.
        public var minWords = 5

        public init() {}

        enum CodingKeys: String, CodingKey {
            case languages
            case minWords = "min_words"
        }

        public static var documentation: [OptionDocumentation] {
            [
                OptionDocumentation(
                    "languages", type: "[string]",
                    help: "Codes that may be reported, from: \(LanguageProfile.allCodes.joined(separator: ", "))."),
                OptionDocumentation(
                    "min_words", type: "integer", help: "Texts with fewer words than this get the code und."),
            ]
        }
    }

    public static let name = "language"
    public static let summary = "Identifies the document's language (19 languages) from function words and script."
    public static let provides: [Annotation] = [.language]

    private let identifier: LanguageIdentifier

    public init(options: Options) throws {
        for code in options.languages where !LanguageProfile.allCodes.contains(code) {
            throw StageError(
                "unknown language '\(code)' in languages (known: \(LanguageProfile.allCodes.joined(separator: ", ")))")
        }
        guard !options.languages.isEmpty else { throw StageError("languages is empty; name at least one language") }
        guard options.minWords >= 1 else { throw StageError("min_words must be at least 1") }
        let latin = LanguageProfile.latinCodes.enumerated().reduce(UInt32(0)) { mask, language in
            options.languages.contains(language.element) ? mask | 1 << UInt32(language.offset) : mask
        }
        identifier = LanguageIdentifier(
            latin: latin, byScript: Set(options.languages).subtracting(LanguageProfile.latinCodes),
            minimumWords: options.minWords)
    }

    public func process(_ document: inout Document) throws {
        document.annotations[LanguageKey.self] = document.withUTF8 { identifier.identify($0) }
    }
}
