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
    /// Whether a word looks like a past participle or past tense: more than
    /// four bytes ending in `-ed` but not `-eed` (`speed`). Keyphrases are
    /// noun phrases, so they never end in one.
    var isPastParticiple: [Bool] = []

    init(tokens: [Token], bytes: UnsafeBufferPointer<UInt8>) {
        roles.reserveCapacity(tokens.count)
        stems.reserveCapacity(tokens.count)
        surfaces.reserveCapacity(tokens.count)
        isPossessive.reserveCapacity(tokens.count)
        isCapitalised.reserveCapacity(tokens.count)
        isPastParticiple.reserveCapacity(tokens.count)
        var scratch: [UInt8] = []
        let cache = StemCache.forCurrentThread
        for (index, token) in tokens.enumerated() {
            let span = token.span
            guard token.kind == .word else {
                append(role: .other, stem: 0, surface: span, possessive: false, capitalised: false)
                continue
            }
            let surfaceEnd = Self.possessiveStart(bytes, span) ?? span.end
            let range = span.start..<surfaceEnd
            // One pass over the word: its hash lower-cased, and whether it is a lower-case abbreviation (`p.m.`).
            var hasher = ByteHash()
            var hasDot = false
            var hasLowerCase = false
            for position in range {
                let byte = bytes[position]
                hasher.combine(ASCII.lowercased(byte))
                hasDot = hasDot || byte == UInt8(ascii: ".")
                hasLowerCase = hasLowerCase || ASCII.isLower(byte)
            }
            let hash = hasher.value
            let beforeCapitalisedWord = index + 1 < tokens.count && tokens[index + 1].kind == .word
                && ASCII.isUpper(bytes[tokens[index + 1].span.start])
            let role = Self.role(
                of: bytes, range, hash: hash, isLowerCaseAbbreviation: hasDot && hasLowerCase,
                beforeCapitalisedWord: beforeCapitalisedWord)
            append(
                role: role,
                stem: role == .stopword ? hash : cache.stem(of: hash) { Self.stemHash(bytes, range, scratch: &scratch) },
                surface: Span(start: span.start, end: surfaceEnd),
                possessive: surfaceEnd != span.end, capitalised: ASCII.isUpper(bytes[span.start]),
                pastParticiple: Self.endsInPastParticiple(bytes, range))
        }
    }

    private mutating func append(
        role: Role, stem: UInt64, surface: Span, possessive: Bool, capitalised: Bool, pastParticiple: Bool = false
    ) {
        roles.append(role)
        stems.append(stem)
        surfaces.append(surface)
        isPossessive.append(possessive)
        isCapitalised.append(capitalised)
        isPastParticiple.append(pastParticiple)
    }

    /// The role of the word at `bytes[range]`, whose lower-cased bytes hash to `hash`.
    @inline(__always)
    private static func role(
        of bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, hash: UInt64, isLowerCaseAbbreviation: Bool,
        beforeCapitalisedWord: Bool
    ) -> Role {
        let wordClass = range.count > 1 ? WordClasses.standard.wordClass(ofHash: hash) : .stopword
        guard wordClass != .stopword else { return .stopword }
        let isWeak = WeakWords.isWeak(
            wordClass, capitalised: ASCII.isUpper(bytes[range.lowerBound]), beforeCapitalisedWord: beforeCapitalisedWord,
            isLowerCaseAbbreviation: isLowerCaseAbbreviation)
        return isWeak ? .weak : .content
    }

    /// Whether the word at `bytes[range]` is neither a stopword nor a single letter.
    static func isContentWord(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        range.count > 1 && !Stopwords.english.contains(bytes, range, foldingCase: true)
    }

    /// The hash by which the word at `bytes[range]` is compared: that of its
    /// stem for a content word, of its lower-cased bytes for a stopword
    /// (stopwords are not stemmed: nothing compares them loosely, and
    /// stemming is the costliest step of reading a text).
    static func termHash(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, isContentWord: Bool, scratch: inout [UInt8]
    ) -> UInt64 {
        isContentWord ? stemHash(bytes, range, scratch: &scratch) : ByteHash.lowercased(bytes, range)
    }

    /// The hash of the Porter stem of `bytes[range]` lower-cased.
    private static func stemHash(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, scratch: inout [UInt8]) -> UInt64 {
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[range]))
        scratch.withUnsafeMutableBufferPointer { word in
            for index in word.indices { word[index] = ASCII.lowercased(word[index]) }
        }
        PorterStemmer.stem(&scratch)
        return ByteHash.of(scratch)
    }

    /// Whether `bytes[range]` has more than four bytes and ends in `-ed` but not `-eed`.
    private static func endsInPastParticiple(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        let end = range.upperBound
        return range.count > 4 && bytes[end - 1] == UInt8(ascii: "d") && bytes[end - 2] == UInt8(ascii: "e")
            && bytes[end - 3] != UInt8(ascii: "e")
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
