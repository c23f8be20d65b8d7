import TextPipeCore

/// The candidate keyphrases of a document and how they occur: every run of
/// up to `maxWords` consecutive content words inside one sentence, with
/// nothing between them but spaces (stopwords, weak words such as `Mr` or
/// `p.m.`, numbers and punctuation end a run, as does a possessive `'s`).
/// Phrases are keyed by the stems of their words, so singular and plural
/// forms count together.
struct KeyphraseCandidates {
    /// What is known about one candidate phrase, in 32-bit fields: a table
    /// holds one per candidate, and up to three candidates start at each word.
    struct Statistics {
        private var firstStart: Int32
        private var wordCount: UInt8
        /// Whether ``shownTokens`` starts a sentence.
        private(set) var shownStartsSentence: Bool
        private var shownStart: Int32
        /// The index of the sentence it first occurs in.
        let firstSentence: Int32
        private(set) var count: Int32 = 0
        /// Occurrences as a whole run of content words.
        private(set) var wholeRuns: Int32 = 0
        /// Occurrences where capitals tell proper nouns: all but one-word
        /// phrases at the start of a sentence.
        private var telling: Int32 = 0
        /// Telling occurrences with every word capitalised (but the first, at a sentence start).
        private var capitalised: Int32 = 0

        /// Statistics of a candidate first seen as `occurrence`, not counted yet.
        init(firstSeenAs occurrence: Occurrence) {
            firstStart = Int32(occurrence.tokens.lowerBound)
            wordCount = UInt8(occurrence.tokens.count)
            shownStart = firstStart
            shownStartsSentence = occurrence.startsSentence
            firstSentence = Int32(occurrence.sentence)
        }

        /// Where it first occurs, as a range of token indices.
        var firstTokens: Range<Int> { Int(firstStart)..<(Int(firstStart) + Int(wordCount)) }
        /// The occurrence to print: the first inside a sentence where there
        /// is one, since only there are its capitals the writer's choice.
        var shownTokens: Range<Int> { Int(shownStart)..<(Int(shownStart) + Int(wordCount)) }
        /// Whether it is written mostly with capitals where capitals are not forced.
        var isProperNoun: Bool { telling > 0 && capitalised * 2 >= telling }

        /// Counts an occurrence.
        mutating func record(_ occurrence: Occurrence) {
            count += 1
            if occurrence.isWholeRun { wholeRuns += 1 }
            if shownStartsSentence && !occurrence.startsSentence {
                shownStart = Int32(occurrence.tokens.lowerBound)
                shownStartsSentence = false
            }
            if let capitalised = occurrence.capitalised {
                telling += 1
                if capitalised { self.capitalised += 1 }
            }
        }
    }

    /// One occurrence of a candidate.
    struct Occurrence {
        var key: UInt64
        var tokens: Range<Int>
        var startsSentence: Bool
        var sentence: Int
        /// Whether it is a whole run of content words, not part of a longer one.
        var isWholeRun: Bool
        /// Whether its words are capitalised where capitals are not forced
        /// (all but a first word at a sentence start); nil when none is unforced.
        var capitalised: Bool?
    }

    let maxWords: Int
    let sentences: [Sentence]
    let terms: TokenTerms

    /// Calls `body` with every occurrence of every candidate, in text order.
    @inline(__always)
    func forEachOccurrence(_ body: (Occurrence) -> Void) {
        for (number, sentence) in sentences.enumerated() {
            let firstWord = sentence.tokens.first { terms.roles[$0] != .other }
            // A title-case heading's capitals join no names: its words count one by one.
            let longest = isHeading(sentence.tokens) ? 1 : maxWords
            var runStart = sentence.tokens.lowerBound
            for index in sentence.tokens {
                // A past participle after a content word is a verb ("leaders discussed"): it ends the run.
                if terms.roles[index] != .content || (terms.isPastParticiple[index] && index > runStart) {
                    emitRun(runStart..<index, firstWord: firstWord, sentence: number, longest: longest, body)
                    runStart = index + 1
                } else if terms.isPossessive[index] {
                    emitRun(runStart..<(index + 1), firstWord: firstWord, sentence: number, longest: longest, body)
                    runStart = index + 1
                }
            }
            emitRun(runStart..<sentence.tokens.upperBound, firstWord: firstWord, sentence: number, longest: longest, body)
        }
    }

    @inline(__always)
    private func emitRun(
        _ run: Range<Int>, firstWord: Int?, sentence: Int, longest: Int, _ body: (Occurrence) -> Void
    ) {
        for start in run {
            var key = Self.emptyKey
            let startsSentence = start == firstWord
            var capitalised: Bool?
            for end in start..<min(run.upperBound, start + longest) {
                key = Self.key(key, appending: terms.stems[end])
                if !(startsSentence && end == start) { capitalised = (capitalised ?? true) && terms.isCapitalised[end] }
                body(
                    Occurrence(
                        key: key, tokens: start..<(end + 1), startsSentence: startsSentence, sentence: sentence,
                        isWholeRun: start == run.lowerBound && end + 1 == run.upperBound, capitalised: capitalised))
            }
        }
    }

    /// Whether the words of `tokens` are mostly capitalised, as a title-case
    /// heading's are.
    private func isHeading(_ tokens: Range<Int>) -> Bool {
        var words = 0
        var capitalised = 0
        for index in tokens where terms.roles[index].countsForTopics {
            words += 1
            if terms.isCapitalised[index] { capitalised += 1 }
        }
        return words >= 3 && capitalised * 4 >= words * 3
    }

    /// The key of the phrase of no words, which ``key(_:appending:)`` extends word by word.
    private static let emptyKey: UInt64 = 0x9e37_79b9_7f4a_7c15

    /// The key of a phrase `key` followed by a word of stem hash `stem`.
    private static func key(_ key: UInt64, appending stem: UInt64) -> UInt64 {
        (key ^ stem) &* 0x100_0000_01b3 &+ 0x2545_f491_4f6c_dd1d
    }

    /// The key of the one-word candidate made of the token at `index`.
    func wordKey(at index: Int) -> UInt64 { Self.key(Self.emptyKey, appending: terms.stems[index]) }

    /// Statistics of every candidate, by key.
    func statistics() -> CandidateTable {
        var table = CandidateTable(capacity: terms.roles.count)
        forEachOccurrence { occurrence in
            table.update(occurrence.key) { Statistics(firstSeenAs: occurrence) } _: { $0.record(occurrence) }
        }
        return table
    }

    /// Whether the stems of `inner` appear in a row within those of `outer`.
    func isContained(_ inner: Range<Int>, in outer: Range<Int>) -> Bool {
        guard inner.count < outer.count else { return false }
        return (outer.lowerBound...(outer.upperBound - inner.count)).contains { start in
            inner.indices.allSatisfy { terms.stems[start + ($0 - inner.lowerBound)] == terms.stems[$0] }
        }
    }
}

extension KeyphraseCandidates {
    /// Whether two words in a row of `first` are also two words in a row of `second`, by stem.
    func sharesPair(_ first: Range<Int>, with second: Range<Int>) -> Bool {
        guard first.count > 1, second.count > 1 else { return false }
        let stems = terms.stems
        return first.dropLast().contains { index in
            second.dropLast().contains { stems[$0] == stems[index] && stems[$0 + 1] == stems[index + 1] }
        }
    }
}
