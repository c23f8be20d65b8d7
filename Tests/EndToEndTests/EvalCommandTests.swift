import Foundation
import Testing

@Suite struct EvalCommandTests {
    @Test func segmentEvaluationPrintsOneJSONObject() throws {
        let folder = try TemporaryFolder()
        try folder.write(
            "gold.jsonl",
            """
            {"id": "a", "text": "The cat sat down. The dog ran away.", "sentences": ["The cat sat down.", "The dog ran away."]}
            {"id": "b", "text": "It rained all day.\\n\\nWe stayed at home.", "sentences": ["It rained all day.", "We stayed at home."]}

            """)
        let result = try TextPipeBinary.run(["eval", "segment", "--gold", folder.path("gold.jsonl"), "--json"])
        #expect(result.status == 0, "\(result.standardError)")
        let lines = result.standardOutput.split(separator: "\n")
        try #require(lines.count == 1)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(report["kind"] as? String == "segment")
        #expect(report["documents"] as? Int == 2)
        #expect(report["failures"] as? Int == 0)
        let scores = try #require(report["scores"] as? [String: Any])
        #expect(scores["gold_boundaries"] as? Int == 4)
        #expect(scores["f1"] as? Double == 1)
        #expect(scores["exact"] as? Double == 1)
    }

    @Test func unknownKindExitsTwo() throws {
        let folder = try TemporaryFolder()
        try folder.write("gold.jsonl", #"{"id": "a", "text": "A.", "sentences": ["A."]}"#)
        let result = try TextPipeBinary.run(["eval", "segmnet", "--gold", folder.path("gold.jsonl")])
        #expect(result.status == 2)
        #expect(result.standardError.contains("unknown kind 'segmnet'"))
        #expect(result.standardOutput.isEmpty)
    }

    @Test func missingGoldExitsTwo() throws {
        let result = try TextPipeBinary.run(["eval", "entities", "--gold", "/no/such/gold.jsonl"])
        #expect(result.status == 2)
        #expect(result.standardError.contains("cannot read gold file"))
    }
}
