/// A half-open range of UTF-8 byte offsets into a document's text.
///
/// Offsets are kept in bytes inside the pipeline because stages work on the
/// UTF-8 bytes; the output converts them to Unicode-scalar offsets.
public struct Span: Sendable, Hashable, Comparable {
    /// Offset of the first byte.
    public var start: Int
    /// Offset one past the last byte.
    public var end: Int

    /// Creates a span from `start` (inclusive) to `end` (exclusive).
    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    /// The number of bytes covered.
    public var length: Int { end - start }

    /// Whether the span covers no bytes.
    public var isEmpty: Bool { end <= start }

    /// Whether this span and `other` share at least one byte.
    public func overlaps(_ other: Span) -> Bool {
        start < other.end && other.start < end
    }

    /// Orders spans by start, then by end.
    public static func < (lhs: Span, rhs: Span) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
    }
}

/// A word token, number or punctuation mark found by the segment stage.
public struct Token: Sendable, Hashable {
    /// What kind of characters the token is made of.
    public enum Kind: UInt8, Sendable {
        /// Letters, possibly with inner apostrophes, hyphens or digits.
        case word
        /// Digits, possibly with inner separators (`3.5`, `1,000`, `10:30`).
        case number
        /// A punctuation mark or run of them.
        case punctuation
        /// Anything else: symbols, emoji, currency signs.
        case symbol
    }

    /// Where the token is in the text, in UTF-8 bytes.
    public var span: Span
    /// The token's kind.
    public var kind: Kind

    /// Creates a token.
    public init(span: Span, kind: Kind) {
        self.span = span
        self.kind = kind
    }
}

/// A sentence: its extent and the tokens inside it.
public struct Sentence: Sendable, Hashable {
    /// Where the sentence is in the text, in UTF-8 bytes, without surrounding whitespace.
    public var span: Span
    /// The indices into ``Document/tokens`` of the sentence's tokens (empty when
    /// the document has no tokens).
    public var tokens: Range<Int>
    /// Whether the sentence is a heading: a title-like line without end
    /// punctuation (a headline, a section title) rather than running text.
    public var isHeading: Bool

    /// Creates a sentence.
    public init(span: Span, tokens: Range<Int> = 0..<0, isHeading: Bool = false) {
        self.span = span
        self.tokens = tokens
        self.isHeading = isHeading
    }
}
