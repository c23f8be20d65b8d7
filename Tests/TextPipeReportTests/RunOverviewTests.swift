import Testing
import TextPipeCore

@testable import TextPipeReport

@Suite struct RunOverviewTests {
    static func document(_ text: String, entities: [(Int, Int, String)], tags: [String] = [], keywords: [String] = [])
        throws -> EmbeddedDocument
    {
        var object = try EmbeddedDocumentTests.record(text)
        object["entities"] = .array(
            entities.map { .object(["start": .integer($0.0), "end": .integer($0.1), "label": .string($0.2)]) })
        object["tags"] = .array(tags.map { .object(["name": .string($0), "score": .double(0.5)]) })
        object["keywords"] = .array(keywords.map { .object(["text": .string($0), "score": .double(1)]) })
        object["word_count"] = .integer(3)
        return try EmbeddedDocument(object)
    }

    static func overview() throws -> RunOverview {
        var overview = RunOverview()
        overview.add(
            try document(
                "Ivo Brandt and Ivo Brandt met Lena Ruiz.", entities: [(0, 10, "PERSON"), (15, 25, "PERSON"), (30, 39, "PERSON")],
                tags: ["sport", "world"], keywords: ["match", "match"]))
        overview.add(try document("Ivo\nBrandt won in Osaka.", entities: [(0, 10, "PERSON"), (18, 23, "LOC")], tags: ["sport"]))
        return overview
    }

    @Test func entitiesAreCountedByLabelAndText() throws {
        let overview = try Self.overview()
        #expect(overview.labelCounts.map { [$0.label, "\($0.mentions)", "\($0.documents)"] } == [["PERSON", "4", "2"], ["LOC", "1", "1"]])
        let people = overview.entityTexts["PERSON"]?.top(5)
        #expect(people?.map(\.name) == ["Ivo Brandt", "Lena Ruiz"])
        #expect(people?.map(\.count) == [3, 1])
    }

    @Test func tagsKeyphrasesAndKeysCountDocuments() throws {
        let overview = try Self.overview()
        #expect(overview.tagDocuments.top(5).map(\.name) == ["sport", "world"])
        #expect(overview.tagDocuments.counts == ["sport": 2, "world": 1])
        #expect(overview.keyphraseDocuments.counts == ["match": 1])
        #expect(overview.keyCounts.map(\.key) == ["id", "text", "entities", "tags", "keywords", "word_count"])
        #expect(overview.keyCounts.allSatisfy { $0.documents == 2 })
        #expect(overview.words == 13)
    }

    @Test func jsonHoldsTheFailuresStatisticsAndTables() throws {
        let overview = try Self.overview()
        var labels = IndexTable()
        _ = labels.index(of: "PERSON")
        let heading = ReportHeading(
            title: "Run", outputPath: "out.jsonl", errorsPath: "errors.jsonl", statistics: ["wall_seconds": .double(1.5)],
            generated: "2025-01-01T00:00:00Z")
        let failures = [
            ErrorRecord(id: "a", stage: "clean", error: "empty"), ErrorRecord(id: "b", stage: "input", error: "binary"),
            ErrorRecord(id: "c", stage: "input", error: "binary"),
        ]
        let object = try #require(overview.json(labels: labels, tags: IndexTable(), failures: failures, about: heading).objectValue)
        #expect(object["documents"] == .integer(2))
        #expect(object["failed"] == .integer(3))
        #expect(object["failures"]?.arrayValue?.first == .array([.string("a"), .string("clean"), .string("empty")]))
        #expect(object["failures_by_stage"]?.arrayValue?.first == .array([.string("input"), .integer(2)]))
        #expect(object["labels"] == .array([.string("PERSON")]))
        #expect(object["stats"]?.objectValue?["wall_seconds"] == .double(1.5))
        #expect(object["top_entities"]?.objectValue?.keys == ["PERSON", "LOC"])
        #expect(object["summary_share"] == nil)
    }
}
