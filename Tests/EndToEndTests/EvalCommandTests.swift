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

    /// A malformed gold line is refused (exit 2, nothing on stdout) with its file, line and what is wrong.
    @Test(arguments: [
        ("segment", #"{"id": "a", "text": "One. Two."}"#, "gold.jsonl:2: missing 'sentences' (a list of strings)"),
        ("segment", #"{"id": "a", "text": "One. Two.", "sentences": ["One.", 2]}"#,
         "gold.jsonl:2: 'sentences' must be a list of strings; item 2 is a number"),
        ("segment", #"{"id": "a", "text": "One. Two.", "sentences": ["One.", "Three."]}"#,
         "gold.jsonl:2: 'sentences' item 2 is not the next part of 'text'"),
        ("segment", #"{"id": "a", "text": "One. Two.", "sentences": ["One."#, "gold.jsonl:2: invalid JSON"),
        ("summary", #"["not", "an", "object"]"#, "gold.jsonl:2: expected a JSON object"),
        ("tags", #"{"id": "a", "text": "Rates rose.", "category": 3}"#, "gold.jsonl:2: 'category' must be a string, not 3"),
        ("entities", #"{"id": "a", "text": "Ada met Bo.", "entities": [{"start": 0, "end": 3}]}"#,
         "gold.jsonl:2: 'entities' item 1: missing 'label' (a string)"),
        ("entities", #"{"id": "a", "text": "Ada met Bo.", "entities": [{"start": 8, "end": 40, "label": "PER"}]}"#,
         "gold.jsonl:2: 'entities' item 1: span 8..<40 is not inside the text (11 code points)"),
        ("entities", #"{"id": "a", "text": "Zoë met Bo.", "entities": [{"start": 9, "end": 11, "label": "PER", "text": "Bo"}]}"#,
         "gold.jsonl:2: 'entities' item 1: 'text' is 'Bo' but 9..<11 covers 'o.' (offsets count Unicode code points)"),
    ])
    func malformedGoldLineNamesFileLineAndProblem(kind: String, badLine: String, message: String) throws {
        let folder = try TemporaryFolder()
        let good = #"{"id": "ok", "text": "Title\n\nOne. Two.", "sentences": ["Title", "One.", "Two."], "summary": "One.", "category": "tech", "entities": []}"#
        try folder.write("gold.jsonl", good + "\n" + badLine + "\n")
        let result = try TextPipeBinary.run(["eval", kind, "--gold", folder.path("gold.jsonl")])
        #expect(result.status == 2)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.contains(message), "\(result.standardError)")
    }

    @Test func emptyGoldFileAndCleanFolderProblemsAreNamed() throws {
        let folder = try TemporaryFolder()
        try folder.write("empty.jsonl", "\n\n")
        let empty = try TextPipeBinary.run(["eval", "keywords", "--gold", folder.path("empty.jsonl")])
        #expect(empty.status == 2)
        #expect(empty.standardError.contains("gold file '\(folder.path("empty.jsonl"))' has no documents"))

        try folder.write("pages/readme.txt", "no truth here")
        let noTruth = try TextPipeBinary.run(["eval", "clean", "--gold", folder.path("pages")])
        #expect(noTruth.status == 2)
        #expect(noTruth.standardError.contains("gold folder '\(folder.path("pages"))' has no truth.jsonl"))

        try folder.write("pages/truth.jsonl", #"{"id": "gone", "text": "Body."}"# + "\n")
        let noPage = try TextPipeBinary.run(["eval", "clean", "--gold", folder.path("pages")])
        #expect(noPage.status == 2)
        #expect(noPage.standardError.contains("truth.jsonl:1: no page 'gone.html' for id 'gone'"))
    }
}
