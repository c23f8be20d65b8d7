import TextPipeCore

/// Words that commonly open a sentence and rarely continue a name or an
/// abbreviated phrase: after `etc.`, `Inc.` or an initial, a capitalised one
/// of these means a new sentence has begun.
enum SentenceStarters {
    /// The list, lower case, looked up with ASCII case folding.
    static let words = WordSet(spacedList: list)

    /// Whether token `index` is a capitalised sentence starter, alone or in
    /// a contraction (`It's`, `Let's`, `Don't`).
    static func contains(_ index: Int, in text: TokenText) -> Bool {
        text.letterCase(index) == .upper && words.contains(text.bytes, stem(of: index, text), foldingCase: true)
    }

    /// The bytes of token `index` before a contraction's apostrophe, and
    /// before the `n` of `n't`.
    private static func stem(of index: Int, _ text: TokenText) -> Range<Int> {
        let range = text.range(index)
        let bytes = text.bytes
        guard let apostrophe = range.first(where: { bytes[$0] == UInt8(ascii: "'") || bytes[$0] == 0xE2 }) else {
            return range
        }
        let isNegation = apostrophe - 1 > range.lowerBound && bytes[apostrophe - 1] | 0x20 == UInt8(ascii: "n")
            && bytes[range.upperBound - 1] | 0x20 == UInt8(ascii: "t") && range.upperBound - apostrophe <= 4
        return range.lowerBound..<(isNegation ? apostrophe - 1 : apostrophe)
    }

    /// Whether token `index` is a personal title (`Mr`, `Mrs`, `Ms`), which
    /// opens a sentence after `p.m.` or `Inc.` as readily as `The` does.
    static func isTitle(_ index: Int, in text: TokenText) -> Bool {
        text.letterCase(index) == .upper && titles.contains(text.bytes, text.range(index), foldingCase: true)
    }

    /// Whether token `index` is a preposition that opens a phrase (`At`, `In`).
    static func isPreposition(_ index: Int, in text: TokenText) -> Bool {
        text.isWord(index, in: prepositions)
    }

    private static let titles = WordSet(["mr", "mrs", "ms", "messrs", "mssrs"])

    private static let prepositions = WordSet(spacedList: """
        at on in by from after before until till since around about near during for to within under over through
        """)

    private static let list = """
        # articles, demonstratives, quantifiers
        a an the this that these those some many most much all both each every any another other several such
        few no none one two three
        # pronouns and possessives
        i you he she it we they his her its our their my your there here someone everyone nobody nothing
        everything something anyone
        # conjunctions and connectives
        and but or so yet nor then however meanwhile also moreover furthermore therefore thus instead indeed
        still besides otherwise nevertheless nonetheless overall finally first second third last next
        # prepositions and subordinators that open clauses
        in on at for from with by after before when while if as although though because since despite
        during once unless until whether about according among under over
        # adverbs of time and stance
        now today yesterday tomorrow tonight currently recently later soon earlier never always sometimes often
        just only even perhaps maybe unfortunately fortunately obviously clearly actually apparently
        # questions, replies and openers of speech
        what why how where who which whose yes oh well ok okay sure thanks thank please hi hello dear
        let do does did is are was were would can could should shall must have has had
        """
}
