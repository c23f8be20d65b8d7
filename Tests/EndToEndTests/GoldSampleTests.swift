import Foundation
import Testing

/// The tiny gold sets under samples/gold score as samples/gold/README.md
/// says, so they cannot rot unnoticed: each kind exits 0, scores every item
/// in its file without failures, and lands in a range a working stage
/// reaches and a broken one (scoring zero, or reading nothing) does not.
@Suite struct GoldSampleTests {
    struct Sample: CustomStringConvertible, Sendable {
        var kind: String
        var gold: String
        /// The file whose lines are the items (for clean, the folder's truth.jsonl).
        var itemFile: String
        var score: String
        var range: ClosedRange<Double>

        var description: String { kind }
    }

    static let samples = [
        Sample(kind: "segment", gold: "samples/gold/segment.jsonl", itemFile: "samples/gold/segment.jsonl", score: "f1", range: 0.8...1),
        Sample(
            kind: "clean", gold: "samples/gold/clean", itemFile: "samples/gold/clean/truth.jsonl", score: "shingle_f1",
            range: 0.7...1),
        Sample(
            kind: "entities", gold: "samples/gold/entities.jsonl", itemFile: "samples/gold/entities.jsonl", score: "f1",
            range: 0.4...1),
        Sample(
            kind: "summary", gold: "samples/gold/summary.jsonl", itemFile: "samples/gold/summary.jsonl", score: "rouge2",
            range: 25...100),
        Sample(kind: "tags", gold: "samples/gold/tags.jsonl", itemFile: "samples/gold/tags.jsonl", score: "accuracy", range: 0.375...1),
        Sample(
            kind: "keywords", gold: "samples/gold/keywords.jsonl", itemFile: "samples/gold/keywords.jsonl", score: "f1_at_k",
            range: 10...100),
    ]

    @Test(arguments: samples) func goldSampleScoresEveryItemInRange(_ sample: Sample) throws {
        let result = try TextPipeBinary.run(["eval", sample.kind, "--gold", sample.gold, "--json"])
        #expect(result.status == 0, "\(result.standardError)")
        let report = try #require(
            try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        let items = try String(
            contentsOf: TextPipeBinary.packageRoot.appendingPathComponent(sample.itemFile), encoding: .utf8
        ).split(separator: "\n").count
        #expect(items >= 4)
        #expect(report["documents"] as? Int == items)
        #expect(report["failures"] as? Int == 0)
        let scores = try #require(report["scores"] as? [String: Any])
        let score = try #require(scores[sample.score] as? Double, "no '\(sample.score)' in \(scores.keys.sorted())")
        #expect(sample.range.contains(score), "\(sample.kind) \(sample.score) = \(score), expected \(sample.range)")
    }

    @Test func entitiesSampleHasEveryNameLabel() throws {
        let result = try TextPipeBinary.run(["eval", "entities", "--gold", "samples/gold/entities.jsonl", "--json"])
        let report = try #require(
            try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        let scores = try #require(report["scores"] as? [String: Any])
        for label in ["PERSON", "ORG", "LOC", "MISC"] {
            #expect((scores[label] as? [String: Any])?["gold"] as? Int ?? 0 >= 4, "too few gold \(label)")
        }
    }

    @Test func tagsSampleCoversEveryTopicOfTheNewsModel() throws {
        let text = try String(
            contentsOf: TextPipeBinary.packageRoot.appendingPathComponent("samples/gold/tags.jsonl"), encoding: .utf8)
        let categories = Set(try jsonLines(text).compactMap { $0["category"] as? String })
        #expect(categories == ["business", "entertainment", "politics", "sport", "tech", "world"])
    }
}
