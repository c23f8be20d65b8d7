import TextPipeCore

/// Finds people, organisations, places and pattern entities (dates, money, ...).
///
/// Pattern entities come first and win where they overlap names: e-mails, URLs
/// and phone numbers straight from the bytes (``ContactScanner``), then dates,
/// times and amounts over the tokens (``PatternMatcher``); names are then
/// looked for among the tokens left (``NameRecognizer``).
public struct EntitiesStage: Stage {
    /// Options of the entities stage.
    public struct Options: StageOptions {
        /// The labels to keep.
        public var labels: [String]
        /// Entities less sure than this are dropped.
        public var minConfidence: Double

        enum CodingKeys: String, CodingKey {
            case labels
            case minConfidence = "min_confidence"
        }

        public init() {
            labels = EntityLabel.standard.map(\.rawValue)
            minConfidence = 0
        }

        public static var documentation: [OptionDocumentation] {
            [
                OptionDocumentation(
                    "labels", type: "[string]",
                    help: "Entity labels to keep; an empty list keeps none."),
                OptionDocumentation(
                    "min_confidence", type: "number",
                    help: "Drop entities less sure than this, from 0 to 1 (patterns 0.9+, listed names 0.8, guesses lower)."),
            ]
        }
    }

    public static let name = "entities"
    public static let summary = "Finds people, organisations, places and pattern entities (dates, money, ...)."
    public static let needs: [Annotation] = [.sentences, .tokens]
    public static let provides: [Annotation] = [.entities]

    private let labels: Set<EntityLabel>
    private let minConfidence: Double

    public init(options: Options) throws {
        let valid = Set(EntityLabel.standard)
        let unknown = options.labels.filter { !valid.contains(EntityLabel(rawValue: $0)) }
        guard unknown.isEmpty else {
            throw StageError(
                "unknown entity label\(unknown.count == 1 ? "" : "s") \(unknown.joined(separator: ", ")); "
                    + "valid labels are \(EntityLabel.standard.map(\.rawValue).joined(separator: ", "))")
        }
        guard (0...1).contains(options.minConfidence) else {
            throw StageError("min_confidence must be between 0 and 1")
        }
        labels = Set(options.labels.map(EntityLabel.init(rawValue:)))
        minConfidence = options.minConfidence
    }

    public func process(_ document: inout Document) throws {
        let tokens = document.tokens ?? WordTokenizer.tokens(in: document.text)
        let sentences = document.sentences ?? [Sentence(span: Span(start: 0, end: document.text.utf8.count))]
        let found = document.withUTF8 { bytes in
            Self.entities(in: TokenText(bytes: bytes, tokens: tokens), sentences: sentences)
        }
        document.entities = found.filter { labels.contains($0.label) && ($0.confidence ?? 1) >= minConfidence }
    }

    /// All entities of the text, sorted by start and not overlapping.
    static func entities(in text: TokenText, sentences: [Sentence]) -> [Entity] {
        let contacts = ContactScanner(bytes: text.bytes).entities()
        var claimed = tokensCovered(by: contacts, in: text)
        let sentenceTokens = tokenRanges(of: sentences, in: text)
        let matcher = PatternMatcher(text: text)
        var patterns: [Entity] = []
        for sentence in sentenceTokens {
            for window in unclaimedStretches(of: sentence, claimed: claimed) {
                for match in matcher.matches(in: window) {
                    patterns.append(Entity(
                        span: text.span(of: match.tokens), label: match.label,
                        confidence: match.confidence))
                    for index in match.tokens { claimed[index] = true }
                }
            }
        }
        let names = NameRecognizer(text: text, claimed: claimed).entities(in: sentenceTokens)
        return (contacts + patterns + names).sorted { $0.span < $1.span }
    }

    /// For each token, whether one of `entities` (sorted) overlaps it.
    private static func tokensCovered(by entities: [Entity], in text: TokenText) -> [Bool] {
        var covered = [Bool](repeating: false, count: text.count)
        var next = 0
        for index in 0..<text.count {
            let span = text.tokens[index].span
            while next < entities.count && entities[next].span.end <= span.start { next += 1 }
            if next < entities.count && entities[next].span.overlaps(span) { covered[index] = true }
        }
        return covered
    }

    /// The tokens inside each sentence, found from the spans so that any
    /// consistent tokens and sentences work.
    private static func tokenRanges(of sentences: [Sentence], in text: TokenText) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var index = 0
        for sentence in sentences {
            while index < text.count && text.start(index) < sentence.span.start { index += 1 }
            let start = index
            while index < text.count && text.end(index) <= sentence.span.end { index += 1 }
            ranges.append(start..<index)
        }
        return ranges
    }

    /// The stretches of `sentence` between claimed tokens.
    private static func unclaimedStretches(of sentence: Range<Int>, claimed: [Bool]) -> [Range<Int>] {
        var stretches: [Range<Int>] = []
        var start = sentence.lowerBound
        for index in sentence where claimed[index] {
            if start < index { stretches.append(start..<index) }
            start = index + 1
        }
        if start < sentence.upperBound { stretches.append(start..<sentence.upperBound) }
        return stretches
    }
}
