import Testing
import TextPipeTesting
import TextPipeCore
@testable import TextPipeSummarize

@Suite struct SummarizeStageTests {
    /// Four sentences about a library budget around three unrelated ones.
    static let libraryStory = """
        The city council approved a new budget for public libraries on Monday.
        My neighbour's cat likes to sleep in the warm afternoon sun.
        Library staff said the budget would extend opening hours at every public library in the city.
        Parking fees will rise next spring.
        The council budget also pays for new books and computers in the libraries.
        The weather stayed cold and grey all week.
        Readers welcomed the longer library opening hours and the new books.
        """
    static let onTopic: Set<Int> = [0, 2, 4, 6]

    private func summarize(_ text: String, _ configure: (inout SummarizeStage.Options) -> Void = { _ in })
        throws -> Summary
    {
        var options = SummarizeStage.Options()
        configure(&options)
        var document = segmentedDocument(text)
        try SummarizeStage(options: options).process(&document)
        return try #require(document.summary)
    }

    @Test func picksCentralSentencesInDocumentOrder() throws {
        let summary = try summarize(Self.libraryStory) { $0.sentences = 2 }
        #expect(summary.sentenceIndices.count == 2)
        #expect(Set(summary.sentenceIndices).isSubset(of: Self.onTopic))
        #expect(summary.sentenceIndices == summary.sentenceIndices.sorted())
        let lines = Self.libraryStory.split(separator: "\n").map(String.init)
        #expect(summary.text == summary.sentenceIndices.map { lines[$0] }.joined(separator: " "))
    }

    @Test func leadTakesTheFirstSentences() throws {
        let summary = try summarize(Self.libraryStory) { $0.method = .lead }
        #expect(summary.sentenceIndices == [0, 1, 2])
    }

    @Test func ratioOverridesSentenceCount() throws {
        // 0.3 × 7 sentences rounds to 2.
        let summary = try summarize(Self.libraryStory) {
            $0.sentences = 5
            $0.ratio = 0.3
        }
        #expect(summary.sentenceIndices.count == 2)
        let tiny = try summarize(Self.libraryStory) { $0.ratio = 0.01 }
        #expect(tiny.sentenceIndices.count == 1)
    }

    @Test func maxWordsStopsBeforeTheBudgetButKeepsOneSentence() throws {
        let twentyFive = try summarize(Self.libraryStory) {
            $0.sentences = 4
            $0.maxWords = 25
        }
        let words = WordTokenizer.tokens(in: twentyFive.text).count { $0.kind == .word }
        #expect(words <= 25)
        #expect(!twentyFive.sentenceIndices.isEmpty)
        let one = try summarize(Self.libraryStory) { $0.maxWords = 1 }
        #expect(one.sentenceIndices.count == 1)
    }

    @Test func skipsNearDuplicatesOfChosenSentences() throws {
        let text = """
            Heavy rain flooded the main road through the village.
            Heavy rain flooded the main road through the village on Sunday.
            Volunteers cleared mud from the road and the village square.
            The school stayed open.
            More rain is expected next week across the village.
            """
        var document = segmentedDocument(text)
        // Without the redundancy check the two flood sentences would be picked.
        let vectors = try document.withUTF8 { bytes in
            SentenceVectors(sentences: try #require(document.sentences), tokens: try #require(document.tokens), bytes: bytes)
        }
        let ranks = SimilarityGraph(vectors: vectors).pageRank()
        #expect(Set(ranks.indices.sorted { ranks[$0] > ranks[$1] }.prefix(2)) == [0, 1])

        var options = SummarizeStage.Options()
        options.sentences = 2
        try SummarizeStage(options: options).process(&document)
        let chosen = try #require(document.summary?.sentenceIndices)
        #expect(chosen.count == 2)
        #expect(!(chosen.contains(0) && chosen.contains(1)))
    }

    @Test func shortDocumentsAreTheirOwnSummary() throws {
        let text = "Only one thing happened.\nIt happened twice."
        let summary = try summarize(text)
        #expect(summary.sentenceIndices == [0, 1])
        #expect(summary.text == "Only one thing happened. It happened twice.")
    }

    @Test func emptyDocumentGivesEmptySummary() throws {
        let summary = try summarize("")
        #expect(summary.text.isEmpty)
        #expect(summary.sentenceIndices.isEmpty)
    }

    @Test func rejectsOptionsOutOfRange() {
        var options = SummarizeStage.Options()
        options.sentences = 0
        #expect(throws: StageError.self) { try SummarizeStage(options: options) }
        for ratio in [0, 1.5] {
            options = SummarizeStage.Options()
            options.ratio = ratio
            #expect(throws: StageError.self) { try SummarizeStage(options: options) }
        }
        options = SummarizeStage.Options()
        options.maxWords = 0
        #expect(throws: StageError.self) { try SummarizeStage(options: options) }
    }

    @Test func needsSegmentation() throws {
        var document = Document(id: "raw", text: "Not segmented.")
        #expect(throws: StageError.self) { try SummarizeStage(options: .init()).process(&document) }
    }

    @Test func documentsEveryOptionKey() throws {
        let documented = Set(SummarizeStage.Options.documentation.map(\.name))
        #expect(documented == ["sentences", "ratio", "max_words", "method"])
    }
}
