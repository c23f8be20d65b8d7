import TextPipeCore

extension TagStage {
    /// Options of the tag stage.
    public struct Options: StageOptions {
        /// Whether to add topic tags.
        public var topics: Bool = true
        /// Where topic tags come from.
        public var topicsFrom: TopicSource = .auto
        /// Path of a topic model (`.tpmodel`); nil for the built-in news topic model.
        public var model: String?
        /// Path of a YAML taxonomy (topic → cue words); nil for the built-in news taxonomy.
        public var taxonomy: String?
        /// The lowest score (for the model, probability) a tag needs to be emitted.
        public var minScore: Double = 0.15
        /// The lowest evidence (see ``TopicEvidence``) a text of 40 or more
        /// content words needs for the model's tags; nil for the built-in
        /// model's floor with the built-in model and 0 (off) with another.
        public var minEvidence: Double?
        /// The most tags per document.
        public var maxTags: Int = 3
        /// How many keywords to emit; 0 turns keywords off.
        public var keywords: Int = 10
        /// The most words in a keyphrase.
        public var maxWords: Int = 3

        enum CodingKeys: String, CodingKey {
            case topics, topicsFrom = "topics_from", model, taxonomy, minScore = "min_score", minEvidence = "min_evidence", maxTags = "max_tags", keywords, maxWords = "max_words"
        }

        /// The default options.
        public init() {}

        public static var documentation: [OptionDocumentation] {
            [
                OptionDocumentation("topics", type: "boolean", help: "Add topic tags."),
                OptionDocumentation(
                    "topics_from", type: TopicSource.allCases.map(\.rawValue).joined(separator: " | "),
                    help: "Topic source: a trained model, a cue-word taxonomy, or both merged (highest score per name); "
                        + "auto: taxonomy when taxonomy is set, else model."),
                OptionDocumentation(
                    "model", type: "string",
                    help: "Topic model file from `textpipe train tags`; default: the built-in news model "
                        + "(business, entertainment, politics, sport, tech, world)."),
                OptionDocumentation(
                    "taxonomy", type: "string",
                    help: "YAML file mapping each topic to its cue words; default: the built-in news taxonomy."),
                OptionDocumentation(
                    "min_score", type: "number", help: "Lowest score, 0 to 1, a tag needs (for the model: its probability)."),
                OptionDocumentation(
                    "min_evidence", type: "number",
                    help: "Texts of 40 or more content words whose evidence of being news (topical words plus 25 × "
                        + "the share of capitalised words) is below this get no model tags; default "
                        + "\(TopicEvidence.newsModelMinimum.formatted()) with the built-in model, 0 (off) with `model`."),
                OptionDocumentation("max_tags", type: "integer", help: "Most tags per document."),
                OptionDocumentation(
                    "keywords", type: "integer", help: "How many keywords to emit; 0 turns them off."),
                OptionDocumentation("max_words", type: "integer", help: "Most words in a keyword."),
            ]
        }

        /// Where topics come from once the defaults are resolved.
        var resolvedTopicSource: TopicSource {
            guard topicsFrom == .auto else { return topicsFrom }
            return taxonomy == nil ? .model : .taxonomy
        }

        /// The evidence floor once the default is resolved.
        var resolvedMinEvidence: Double {
            minEvidence ?? (model == nil ? TopicEvidence.newsModelMinimum : 0)
        }

        /// Throws when an option is out of range or options contradict each other.
        func validate() throws {
            if model != nil && resolvedTopicSource == .taxonomy {
                throw StageError("model is set but topics_from is taxonomy: use topics_from: model or both")
            }
            if taxonomy != nil && resolvedTopicSource == .model {
                throw StageError("taxonomy is set but topics_from is model: use topics_from: taxonomy or both")
            }
            guard (0...1).contains(minScore) else { throw StageError("min_score must be between 0 and 1, got \(minScore)") }
            if let minEvidence, !(minEvidence >= 0) || !minEvidence.isFinite {
                throw StageError("min_evidence must be 0 (off) or more, got \(minEvidence)")
            }
            guard maxTags >= 1 else { throw StageError("max_tags must be at least 1, got \(maxTags)") }
            guard keywords >= 0 else { throw StageError("keywords must be 0 (off) or more, got \(keywords)") }
            guard maxWords >= 1 else { throw StageError("max_words must be at least 1, got \(maxWords)") }
        }
    }
}

/// Where the tag stage's topic tags come from.
public enum TopicSource: String, Codable, Sendable, CaseIterable {
    /// The taxonomy when one is given, else the model.
    case auto
    /// A trained topic model: tags are its labels, scored by probability.
    case model
    /// Cue words of a taxonomy: tags are its topics, scored by cue density and share.
    case taxonomy
    /// Both: each name once, with the higher of its two scores.
    case both
}
