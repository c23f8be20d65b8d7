import Foundation
import Testing
import TextPipeTesting

/// The built binary's tag stage gives a recipe no topics and a news report its topic.
@Suite struct OffTopicTagEndToEndTests {
    private func topics(_ input: String, minEvidence: String? = nil) throws -> [String: [String]] {
        let folder = try TemporaryFolder()
        let floor = minEvidence.map { ", min_evidence: \($0)" } ?? ""
        try folder.write("tags.yaml", "name: tags\nstages:\n  - segment\n  - tag: {keywords: 0\(floor)}\n")
        let result = try TextPipeBinary.run(
            ["run", folder.path("tags.yaml"), "--input", "-", "--output", "-", "--quiet"], standardInput: input)
        #expect(result.status == 0, "\(result.standardError)")
        var topics: [String: [String]] = [:]
        for document in try jsonLines(result.standardOutput) {
            let tags = document["tags"] as? [[String: Any]] ?? []
            topics[document["id"] as? String ?? "?"] = tags.compactMap { $0["name"] as? String }
        }
        return topics
    }

    private var input: String {
        let documents = [("recipe", OffTopicTexts.cakeRecipe), ("news", HandWrittenNews.businessReport)]
        return documents.map { id, text in
            let data = try! JSONSerialization.data(withJSONObject: ["id": id, "text": text])
            return String(decoding: data, as: UTF8.self)
        }.joined(separator: "\n") + "\n"
    }

    @Test func aRecipeGetsNoTopicsWhileNewsDoes() throws {
        let topics = try topics(input)
        #expect(topics["recipe"] == [], "\(topics)")
        #expect(topics["news"]?.first == "business", "\(topics)")
    }

    @Test func minEvidenceZeroTagsTheRecipeToo() throws {
        let topics = try topics(input, minEvidence: "0")
        #expect(topics["recipe"]?.isEmpty == false, "\(topics)")
    }
}
