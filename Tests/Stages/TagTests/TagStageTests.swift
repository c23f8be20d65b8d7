import Foundation
import Testing
import TextPipeTesting
import TextPipeCore
@testable import TextPipeTag

@Suite struct TagStageTests {
    private func tagged(_ text: String, _ configure: (inout TagStage.Options) -> Void = { _ in }) throws -> Document {
        var options = TagStage.Options()
        configure(&options)
        var document = segmentedDocument(text)
        try TagStage(options: options).process(&document)
        return document
    }

    private func firstTag(_ text: String) throws -> String? {
        try tagged(text) { $0.topicsFrom = .taxonomy }.tags?.first?.name
    }

    // MARK: - Topics (taxonomy; the model's tests are in TagStageModelTests)

    @Test func picksTheTopicOfHandWrittenTexts() throws {
        #expect(
            try firstTag("""
                The striker scored twice as the home team won the cup final.
                Their coach praised the goalkeeper after the match, and fans sang in the stadium.
                """) == "sport")
        #expect(
            try firstTag("""
                The prime minister called an early election after parliament rejected the budget bill.
                Opposition parties began their campaigns, and voters will go to the polls in May.
                """) == "politics")
        #expect(
            try firstTag("""
                The new smartphone runs a faster processor and ships with updated software.
                Users can download apps over wireless networks, and the browser blocks spam.
                """) == "technology")
    }

    @Test func scoresAreBestFirstWithinLimits() throws {
        let document = try tagged("""
            The striker scored twice as the team won the match.
            Shares in the club's owner rose after the company reported higher profits.
            """) {
            $0.topicsFrom = .taxonomy
            $0.maxTags = 2
        }
        let tags = try #require(document.tags)
        #expect(tags.count <= 2)
        #expect(tags.map(\.score) == tags.map(\.score).sorted(by: >))
        #expect(tags.allSatisfy { $0.score >= 0.15 && $0.score <= 1 })
    }

    @Test func noCueWordsGivesNoTags() throws {
        #expect(try tagged("The cat sat quietly near the yellow door.") { $0.topicsFrom = .taxonomy }.tags == [])
    }

    @Test func topicsCanBeTurnedOff() throws {
        #expect(try tagged("The striker scored a goal.") { $0.topics = false }.tags == nil)
    }

    @Test func readsACustomTaxonomy() throws {
        let path = try temporaryFile("""
            cooking: [recipe, oven, bake, flour, chopped onion]
            gardening: [seed, soil, prune, compost]
            """)
        let document = try tagged("Mix the flour, then bake the bread in a hot oven. Add chopped onions.") {
            $0.taxonomy = path
        }
        #expect(document.tags?.map(\.name) == ["cooking"])
    }

    @Test(arguments: [
        ("cooking: [recipe, oven", "not valid YAML"),
        ("cooking: 42", "expected"),
        ("cooking: []", "no cue words"),
        ("cooking: [the oven]", "stopword"),
    ])
    func rejectsMalformedTaxonomies(yaml: String, expectedFragment: String) throws {
        let path = try temporaryFile(yaml)
        var options = TagStage.Options()
        options.taxonomy = path
        let error = try #require(throws: StageError.self) { try TagStage(options: options) }
        #expect(error.message.contains(path))
        #expect(error.message.contains(expectedFragment))
    }

    @Test func missingTaxonomyFileIsAnError() throws {
        var options = TagStage.Options()
        options.taxonomy = "/nonexistent/taxonomy.yaml"
        let error = try #require(throws: StageError.self) { try TagStage(options: options) }
        #expect(error.message.contains("/nonexistent/taxonomy.yaml"))
    }

    // MARK: - Keywords

    static let summitStory = """
        Leaders met at the climate summit in Lisbon on Tuesday.
        The climate summit opened with a call to cut emissions.
        Several leaders left the climate summit early.
        Ada Lovelace, the summit's host, thanked the delegates.
        Ada Lovelace said the next climate summit would meet in the spring.
        """

    @Test func findsTheObviousPhrase() throws {
        let keywords = try #require(try tagged(Self.summitStory).keywords)
        #expect(keywords.first?.text == "climate summit")
        #expect(keywords.first?.score == 1)
        #expect(keywords.contains { $0.text == "Ada Lovelace" })
        // Words of a chosen phrase are not repeated on their own.
        #expect(!keywords.contains { $0.text == "climate" || $0.text == "summit" })
        #expect(keywords.allSatisfy { $0.score > 0 && $0.score <= 1 })
    }

    @Test func keywordsNeverStartOrEndWithAStopword() throws {
        let keywords = try #require(try tagged(Self.summitStory).keywords)
        for keyword in keywords {
            let words = keyword.text.split(separator: " ").map(String.init)
            for edge in [words.first, words.last].compactMap({ $0 }) {
                #expect(!Stopwords.english.contains(edge.lowercased()), "\(keyword.text)")
            }
        }
    }

    @Test func pluralsCountWithTheirSingular() throws {
        let keywords = try #require(
            try tagged("""
                Interest rates rose again.
                The bank said the interest rate would stay high.
                Higher interest rates hurt borrowers.
                """).keywords)
        // Printed as first written inside a sentence, where its capitals are the writer's.
        #expect(keywords.first?.text == "interest rate")
        #expect(keywords.count { $0.text.hasPrefix("interest rate") } == 1)
    }

    @Test func respectsKeywordCountAndPhraseLength() throws {
        let keywords = try #require(try tagged(Self.summitStory) {
            $0.keywords = 2
            $0.maxWords = 1
        }.keywords)
        #expect(keywords.count == 2)
        #expect(keywords.allSatisfy { !$0.text.contains(" ") })
    }

    @Test func zeroKeywordsTurnsThemOff() throws {
        #expect(try tagged(Self.summitStory) { $0.keywords = 0 }.keywords == nil)
    }

    // MARK: - Stage

    @Test func rejectsOptionsOutOfRange() {
        let invalid: [(inout TagStage.Options) -> Void] = [
            { $0.minScore = 1.5 }, { $0.maxTags = 0 }, { $0.keywords = -1 }, { $0.maxWords = 0 },
        ]
        for configure in invalid {
            var options = TagStage.Options()
            configure(&options)
            #expect(throws: StageError.self) { try TagStage(options: options) }
        }
    }

    @Test func documentsEveryOptionKey() {
        #expect(
            Set(TagStage.Options.documentation.map(\.name))
                == ["topics", "topics_from", "model", "taxonomy", "min_score", "min_evidence", "max_tags", "keywords", "max_words"])
    }

    @Test func builtInTaxonomyCoversTheNewsTopics() throws {
        let taxonomy = try Taxonomy(yaml: NewsTaxonomy.yaml, name: "built-in")
        #expect(taxonomy.topics.count >= 8 && taxonomy.topics.count <= 12)
        #expect(taxonomy.topics.contains("politics") && taxonomy.topics.contains("sport"))
    }

    private func temporaryFile(_ contents: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("taxonomy-\(UUID().uuidString).yaml")
        try contents.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }
}
