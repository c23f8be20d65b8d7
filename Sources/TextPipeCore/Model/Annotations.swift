/// The label of an entity (`PERSON`, `ORG`, ...). Open-ended, so custom stages
/// can add their own labels.
public struct EntityLabel: RawRepresentable, Sendable, Hashable, Comparable, ExpressibleByStringLiteral,
    CustomStringConvertible
{
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public var description: String { rawValue }

    public static func < (lhs: EntityLabel, rhs: EntityLabel) -> Bool { lhs.rawValue < rhs.rawValue }

    public static let person: EntityLabel = "PERSON"
    public static let organization: EntityLabel = "ORG"
    /// Countries, cities, regions, natural places.
    public static let location: EntityLabel = "LOC"
    /// Nationalities, events, works, products.
    public static let miscellaneous: EntityLabel = "MISC"
    public static let date: EntityLabel = "DATE"
    public static let time: EntityLabel = "TIME"
    public static let money: EntityLabel = "MONEY"
    public static let percent: EntityLabel = "PERCENT"
    public static let quantity: EntityLabel = "QUANTITY"
    public static let email: EntityLabel = "EMAIL"
    public static let url: EntityLabel = "URL"
    public static let phone: EntityLabel = "PHONE"

    /// Every label the standard stages produce, in documentation order.
    public static let standard: [EntityLabel] = [
        .person, .organization, .location, .miscellaneous, .date, .time, .money, .percent, .quantity,
        .email, .url, .phone,
    ]
}

/// A named entity or pattern match in the text.
public struct Entity: Sendable, Hashable {
    /// Where the entity is, in UTF-8 bytes.
    public var span: Span
    /// What it is.
    public var label: EntityLabel
    /// How sure the stage is, from 0 to 1, when it can tell.
    public var confidence: Double?

    /// Creates an entity.
    public init(span: Span, label: EntityLabel, confidence: Double? = nil) {
        self.span = span
        self.label = label
        self.confidence = confidence
    }
}

/// An extractive summary.
public struct Summary: Sendable, Hashable {
    /// The chosen sentences joined in document order.
    public var text: String
    /// Indices into ``Document/sentences`` of the chosen sentences, ascending.
    public var sentenceIndices: [Int]

    /// Creates a summary.
    public init(text: String, sentenceIndices: [Int]) {
        self.text = text
        self.sentenceIndices = sentenceIndices
    }
}

/// A topic tag with its score.
public struct Tag: Sendable, Hashable {
    /// The tag's name, such as `politics`.
    public var name: String
    /// How strongly the document carries the tag, from 0 to 1.
    public var score: Double

    /// Creates a tag.
    public init(name: String, score: Double) {
        self.name = name
        self.score = score
    }
}

/// A key word or phrase with its score.
public struct Keyword: Sendable, Hashable {
    /// The phrase as it appears in the text.
    public var text: String
    /// Its relevance, from 0 to 1, higher is better.
    public var score: Double

    /// Creates a keyword.
    public init(text: String, score: Double) {
        self.text = text
        self.score = score
    }
}
