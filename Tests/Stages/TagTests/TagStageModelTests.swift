import Foundation
import Testing
import TextPipeCore
import TextPipeTesting
@testable import TextPipeTag

/// The tag stage with topics from a trained model, alone or with a taxonomy.
@Suite struct TagStageModelTests {
    @Test(arguments: [
        ("The striker scored twice and the club won the league title after a tense final match.", "sport"),
        ("MPs backed the bill in the Commons, and the Tory leader said his party would fight the general election on tax.", "politics"),
        ("Shares in the firm rose after it reported higher quarterly profits and sales to investors.", "business"),
        ("The film won best picture at the awards, and its star thanked the director and the cast.", "entertainment"),
        ("The software lets users browse the web on their mobile phones and download music from a computer.", "tech"),
        (
            "Rebels shelled the capital as the United Nations envoy arrived for ceasefire talks with both sides of the civil war.",
            "world"
        ),
    ])
    func builtInModelTagsHandWrittenNews(text: String, topic: String) throws {
        let tags = try topicTags(text)
        #expect(tags.first?.name == topic, "\(tags)")
    }

    /// Politics abroad is world news to AG-News and politics to the BBC: either is right, nothing else is.
    @Test func aForeignGovernmentIsWorldOrPolitics() throws {
        let tags = try topicTags("The minister told parliament the government would put the new bill to a vote before the election.")
        #expect(["world", "politics"].contains(tags.first?.name), "\(tags)")
        #expect(Set(tags.prefix(2).map(\.name)) == ["world", "politics"], "\(tags)")
    }

    @Test func modelTagsAreProbabilitiesBestFirstWithinLimits() throws {
        let text = "Shares in the football club rose after the striker signed and the team won the cup."
        let tags = try topicTags(text) { $0.maxTags = 2 }
        #expect(!tags.isEmpty && tags.count <= 2)
        #expect(tags.map(\.score) == tags.map(\.score).sorted(by: >))
        #expect(tags.allSatisfy { $0.score >= 0.15 && $0.score <= 1 })
        let strict = try topicTags(text) { $0.minScore = 0.99 }
        #expect(strict.isEmpty)
    }

    @Test func textTheModelKnowsNothingOfGetsNoTags() throws {
        #expect(try topicTags("Zyxwv qwerty plugh.").isEmpty)
    }

    @Test func bothSourcesMergeByNameWithTheHigherScore() throws {
        let text = """
            The new smartphone runs a faster processor and ships with updated software.
            Users can download apps over wireless networks, and the browser blocks spam.
            """
        let model = try topicTags(text) { $0.maxTags = 10; $0.minScore = 0 }
        let taxonomy = try topicTags(text) { $0.topicsFrom = .taxonomy; $0.maxTags = 10; $0.minScore = 0 }
        let both = try topicTags(text) { $0.topicsFrom = .both; $0.maxTags = 10; $0.minScore = 0 }
        #expect(both.map(\.name).contains("tech") && both.map(\.name).contains("technology"))
        #expect(Set(both.map(\.name)).count == both.count)
        for tag in both {
            let scores = (model + taxonomy).filter { $0.name == tag.name }.map(\.score)
            #expect(tag.score == scores.max(), "\(tag.name)")
        }
    }

    @Test func readsAModelFile() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tiny-\(UUID().uuidString).tpmodel")
        defer { try? FileManager.default.removeItem(at: url) }
        try TinyCorpus.model().write(toFile: url.path)
        let tags = try topicTags("Sow the seeds in compost and water the soil.") { $0.model = url.path }
        #expect(tags.first?.name == "gardening")
    }

    @Test func aTaxonomyAloneSwitchesToTaxonomyTopics() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("taxonomy-\(UUID().uuidString).yaml")
        defer { try? FileManager.default.removeItem(at: url) }
        try "cooking: [oven, bake, flour]\nsailing: [sail, harbour]\n".write(to: url, atomically: true, encoding: .utf8)
        #expect(try topicTags("Bake the bread in the oven.") { $0.taxonomy = url.path }.map(\.name) == ["cooking"])
    }

    @Test func contradictoryOrMissingSourcesAreErrors() throws {
        var options = TagStage.Options()
        options.model = "/nonexistent/model.tpmodel"
        let missing = try #require(throws: StageError.self) { try TagStage(options: options) }
        #expect(missing.message.contains("/nonexistent/model.tpmodel"))
        options.topicsFrom = .taxonomy
        #expect(throws: StageError.self) { try TagStage(options: options) }
        options = TagStage.Options()
        options.taxonomy = "news.yaml"
        options.topicsFrom = .model
        #expect(throws: StageError.self) { try TagStage(options: options) }
    }
}
