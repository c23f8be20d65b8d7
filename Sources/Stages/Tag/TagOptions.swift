import TextPipeCore

extension TagStage {
    /// Options of the tag stage.
    public struct Options: StageOptions {
        /// Whether to add topic tags.
        public var topics: Bool = true
        /// Path of a YAML taxonomy (topic → cue words); nil for the built-in news taxonomy.
        public var taxonomy: String?
        /// The lowest score a tag needs to be emitted.
        public var minScore: Double = 0.15
        /// The most tags per document.
        public var maxTags: Int = 3
        /// How many keywords to emit; 0 turns keywords off.
        public var keywords: Int = 10
        /// The most words in a keyphrase.
        public var maxWords: Int = 3

        enum CodingKeys: String, CodingKey {
            case topics, taxonomy, minScore = "min_score", maxTags = "max_tags", keywords, maxWords = "max_words"
        }

        /// The default options.
        public init() {}

        public static var documentation: [OptionDocumentation] {
            [
                OptionDocumentation("topics", type: "boolean", help: "Add topic tags."),
                OptionDocumentation(
                    "taxonomy", type: "string",
                    help: "YAML file mapping each topic to its cue words; default: the built-in news taxonomy."),
                OptionDocumentation(
                    "min_score", type: "number", help: "Lowest score, 0 to 1, a tag needs."),
                OptionDocumentation("max_tags", type: "integer", help: "Most tags per document."),
                OptionDocumentation(
                    "keywords", type: "integer", help: "How many keywords to emit; 0 turns them off."),
                OptionDocumentation("max_words", type: "integer", help: "Most words in a keyword."),
            ]
        }

        /// Throws when an option is out of range.
        func validate() throws {
            guard (0...1).contains(minScore) else { throw StageError("min_score must be between 0 and 1, got \(minScore)") }
            guard maxTags >= 1 else { throw StageError("max_tags must be at least 1, got \(maxTags)") }
            guard keywords >= 0 else { throw StageError("keywords must be 0 (off) or more, got \(keywords)") }
            guard maxWords >= 1 else { throw StageError("max_words must be at least 1, got \(maxWords)") }
        }
    }
}
