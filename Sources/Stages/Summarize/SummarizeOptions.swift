import TextPipeCore

extension SummarizeStage {
    /// How sentences are ranked.
    public enum Method: String, Codable, Sendable {
        /// Centrality in the sentence-similarity graph (TextRank).
        case textrank
        /// Document order: the first sentences.
        case lead
    }

    /// Options of the summarize stage.
    public struct Options: StageOptions {
        /// How many sentences to pick.
        public var sentences: Int = 3
        /// The share of the document's sentences to pick; overrides ``sentences`` when set.
        public var ratio: Double?
        /// The most words the summary may have (it still keeps at least one sentence).
        public var maxWords: Int?
        /// How sentences are ranked.
        public var method: Method = .textrank

        enum CodingKeys: String, CodingKey {
            case sentences, ratio, maxWords = "max_words", method
        }

        /// The default options.
        public init() {}

        public static var documentation: [OptionDocumentation] {
            [
                OptionDocumentation("sentences", type: "integer", help: "How many sentences to pick."),
                OptionDocumentation(
                    "ratio", type: "number",
                    help: "Share of the sentences to pick, 0 < ratio <= 1; overrides sentences when set."),
                OptionDocumentation(
                    "max_words", type: "integer",
                    help: "Stop adding sentences before the summary exceeds this many words (keeps at least one)."),
                OptionDocumentation(
                    "method", type: "textrank | lead",
                    help: "How sentences are chosen: textrank picks central ones, lead the first ones."),
            ]
        }

        /// Throws when an option is out of range.
        func validate() throws {
            guard sentences >= 1 else { throw StageError("sentences must be at least 1, got \(sentences)") }
            if let ratio, !(ratio > 0 && ratio <= 1) {
                throw StageError("ratio must be greater than 0 and at most 1, got \(ratio)")
            }
            if let maxWords, maxWords < 1 { throw StageError("max_words must be at least 1, got \(maxWords)") }
        }

        /// How many sentences to pick from a document of `count` sentences.
        func target(forSentenceCount count: Int) -> Int {
            guard let ratio else { return sentences }
            return max(1, Int((ratio * Double(count)).rounded()))
        }
    }
}
