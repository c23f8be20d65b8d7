import TextPipeCore

/// What each token of a document is to the tag stage, computed once per
/// document: its role, and for words a hash of the stem of their
/// lower-cased bytes, so that `Elections`, `election's` and `elected` meet.
struct TokenTerms {
    /// How a token takes part in topics and keyphrases.
    enum Role: UInt8 {
        /// A word that is not a stopword: counts for topics, may be part of a keyphrase.
        case content
        /// A word that counts for topics but ends a keyphrase like a stopword (see ``WeakWords``).
        case weak
        /// A stopword or a single letter: a phrase boundary.
        case stopword
        /// Numbers, punctuation, symbols: phrase boundaries.
        case other

        /// Whether the token counts as a content word for topics.
        var countsForTopics: Bool { self == .content || self == .weak }
    }

    var roles: [Role] = []
    /// Stem hashes of word tokens (zero for other tokens).
    var stems: [UInt64] = []
    /// Each token's span without a possessive `'s`.
    var surfaces: [Span] = []
    /// Whether a word ended in a possessive `'s`, which also ends a keyphrase.
    var isPossessive: [Bool] = []
    /// Whether a word starts with an ASCII capital.
    var isCapitalised: [Bool] = []

    init(tokens: [Token], bytes: UnsafeBufferPointer<UInt8>) {
        roles.reserveCapacity(tokens.count)
        stems.reserveCapacity(tokens.count)
        var scratch: [UInt8] = []
        for (index, token) in tokens.enumerated() {
            let span = token.span
            guard token.kind == .word else {
                append(role: .other, stem: 0, surface: span, possessive: false, capitalised: false)
                continue
            }
            let surfaceEnd = Self.possessiveStart(bytes, span) ?? span.end
            let range = span.start..<surfaceEnd
            let role = Self.role(of: bytes, range, next: index + 1 < tokens.count ? tokens[index + 1] : nil)
            append(
                role: role, stem: Self.stemHash(bytes, range, scratch: &scratch), surface: Span(start: span.start, end: surfaceEnd),
                possessive: surfaceEnd != span.end, capitalised: ASCII.isUpper(bytes[span.start]))
        }
    }

    private mutating func append(role: Role, stem: UInt64, surface: Span, possessive: Bool, capitalised: Bool) {
        roles.append(role)
        stems.append(stem)
        surfaces.append(surface)
        isPossessive.append(possessive)
        isCapitalised.append(capitalised)
    }

    /// The role of the word at `bytes[range]`, followed by the token `next`.
    private static func role(of bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, next: Token?) -> Role {
        guard isContentWord(bytes, range) else { return .stopword }
        let beforeCapitalisedWord = next.map { $0.kind == .word && ASCII.isUpper(bytes[$0.span.start]) } ?? false
        return WeakWords.contains(bytes, range, beforeCapitalisedWord: beforeCapitalisedWord) ? .weak : .content
    }

    /// Whether the word at `bytes[range]` is neither a stopword nor a single letter.
    static func isContentWord(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        range.count > 1 && !Stopwords.english.contains(bytes, range, foldingCase: true)
    }

    /// The hash of the Porter stem of `bytes[range]` lower-cased.
    static func stemHash(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, scratch: inout [UInt8]) -> UInt64 {
        scratch.removeAll(keepingCapacity: true)
        for index in range { scratch.append(ASCII.lowercased(bytes[index])) }
        PorterStemmer.stem(&scratch)
        return ByteHash.of(scratch)
    }

    /// Where a trailing `'s` or `’s` starts, when the word has one.
    private static func possessiveStart(_ bytes: UnsafeBufferPointer<UInt8>, _ span: Span) -> Int? {
        guard span.length > 2, ASCII.lowercased(bytes[span.end - 1]) == UInt8(ascii: "s") else { return nil }
        if bytes[span.end - 2] == UInt8(ascii: "'") { return span.end - 2 }
        // ’ is E2 80 99 in UTF-8.
        if span.length > 4, bytes[span.end - 2] == 0x99, bytes[span.end - 3] == 0x80, bytes[span.end - 4] == 0xE2 {
            return span.end - 4
        }
        return nil
    }
}
