import Testing
import TextPipeCore
@testable import TextPipeTag

/// How keyphrases are ranked: occurrences times specificity for words;
/// whole noun phrases, standing for words seldom used apart from them.
@Suite struct KeyphraseRankingTests {
    @Test func specificWordsOutrankShortFrequentOnes() throws {
        // "work" occurs four times, "glacier" three; the longer word is the more telling.
        let keywords = try expectKeywords(
            """
            The [[glacier]] moved a few feet, and the camp had work to do.
            Work on the camp went on while the glacier cracked.
            More work came when the glacier calved again.
            Crews did the work in shifts.
            """,
            excluded: ["work"], limit: 1)
        #expect(keywords == ["glacier"])
    }

    @Test func frequencyDecidesBetweenWordsOfEqualLength() throws {
        let keywords = try expectKeywords(
            """
            The [[harvest]] came early in the valley.
            Farmers said the harvest was the best in a decade.
            The orchard stayed quiet until the harvest ended.
            """,
            limit: 2)
        #expect(keywords.first == "harvest")
    }

    @Test func hyphenatedCompoundsCountByTheirLongestPart() throws {
        // Spelled out, "well-known" has ten letters; as specific as "known" it trails "orchestra".
        try expectKeywords(
            """
            The [[orchestra]] played for a well-known crowd.
            The orchestra toured with a well-known soloist.
            A well-known critic praised the orchestra.
            """,
            excluded: ["well-known"], limit: 1)
    }

    @Test func specificityCountsCharactersNotBytes() {
        var text = "Zürich well-known year-old"
        let lengths = text.withUTF8 { bytes in
            WordTokenizer.tokens(in: bytes).map { WordSpecificity.of(bytes, $0.span) }
        }
        #expect(lengths == [6, 5, 4])
    }

    @Test func phraseStandsForWordsSeldomUsedApart() throws {
        // "harbour" and "bakery" only occur together; "bread" mostly occurs without "rye".
        let keywords = try expectKeywords(
            """
            The harbour bakery opens at dawn.
            Rye bread from the [[harbour bakery]] is gone by noon.
            Fresh [[bread]], white bread and sweet bread fill its shelves.
            """,
            excluded: ["harbour", "bakery"])
        #expect(keywords.first == "harbour bakery")
    }

    @Test func aWholeNounPhraseIsAKeyEvenOnce() throws {
        let keywords = try expectKeywords(
            """
            A [[silver kettle]] whistled in the kitchen.
            Nobody answered.
            """,
            excluded: ["silver", "kettle", "whistled"])
        #expect(keywords.count == 2)
    }

    @Test func piecesOfOnePhraseAreNotRepeated() throws {
        let keywords = try expectKeywords(
            """
            The [[regional water authority]] raised prices.
            Critics of the regional water authority want a review.
            """)
        let overlapping = keywords.filter { $0.contains("water") }
        #expect(overlapping == ["regional water authority"], "\(keywords)")
    }

    @Test func pastTenseVerbsAreNoKeys() throws {
        try expectKeywords(
            """
            The [[glacier]] retreated and the [[meltwater]] flooded the valley.
            Scientists measured the glacier and mapped the meltwater.
            """,
            excluded: ["retreated", "flooded", "measured", "mapped", "glacier retreated"])
    }
}
