import Testing
import TextPipeCore

@testable import TextPipeReport

@Suite struct EmbeddedDocumentTests {
    /// An output record as `textpipe run` writes it; `extra` adds or replaces keys.
    static func record(_ text: String, extra: String = "") throws -> JSONObject {
        var writer = JSONWriter()
        writer.string(text)
        let line = #"{"id":"doc-1","text":"# + String(decoding: writer.bytes, as: UTF8.self) + extra + "}"
        return try #require(try JSONParser.parse(line).objectValue)
    }

    @Test func entityOffsetsBecomeUTF16AndTheirTextIsTakenFromTheText() throws {
        let text = "🚀 Nadia Petrova flew to Lisbon."
        let document = try EmbeddedDocument(
            Self.record(
                text,
                extra: #","entities":[{"start":2,"end":15,"label":"PERSON","text":"x"},"#
                    + #"{"start":24,"end":30,"label":"LOC","text":"Lisbon"}]"#))
        #expect(document.entities?.map(\.text) == ["Nadia Petrova", "Lisbon"])
        #expect(document.entities?.map(\.range) == [3..<16, 25..<31])
        #expect(document.droppedSpans == 0)
    }

    @Test func spansOutsideTheTextAreDroppedAndCounted() throws {
        let document = try EmbeddedDocument(
            Self.record(
                "Four words in all.",
                extra: #","sentences":[{"start":0,"end":18},{"start":10,"end":99}],"#
                    + #""entities":[{"start":5,"end":4,"label":"ORG"},{"start":0,"end":4}]"#))
        #expect(document.sentences == [0..<18])
        #expect(document.entities == [])
        #expect(document.droppedSpans == 3)
        #expect(document.wordCount == 4)
    }

    @Test func otherStagesKeysAndUnknownShapesAreKeptAsJSON() throws {
        let document = try EmbeddedDocument(
            Self.record(
                "Text.",
                extra: #","language":{"code":"en"},"tags":"sport","paragraphs":[{"start":0,"end":5}],"tokens":[]"#))
        #expect(document.custom.keys == ["language", "tags"])
        #expect(document.tags == nil)
        #expect(document.keys == ["id", "text", "language", "tags", "paragraphs", "tokens"])
    }

    @Test func summaryOfSentencesIsMarkedNotRepeated() throws {
        let text = "First one here. Second. Third sentence is long."
        let document = try EmbeddedDocument(
            Self.record(
                text,
                extra: #","sentences":[{"start":0,"end":15},{"start":16,"end":23},{"start":24,"end":47}],"#
                    + #""summary":"First one here.","summary_sentences":[0,7]"#))
        #expect(document.summarySentences == [0])
        #expect(document.summary == nil)
        #expect(document.droppedSpans == 1)
        #expect(abs((document.summaryShare ?? 0) - 15.0 / 47.0) < 1e-9)
    }

    @Test func aRecordWithoutTextIsNotADocument() throws {
        let object = try #require(try JSONParser.parse(#"{"id":"x","stage":"clean","error":"boom"}"#).objectValue)
        #expect(throws: EmbeddedDocument.NotADocument.self) { try EmbeddedDocument(object) }
    }

    @Test func compactJSONRefersToSharedLabelAndTagTables() throws {
        let document = try EmbeddedDocument(
            Self.record(
                "Mara Quist joined Orbelle.",
                extra: #","entities":[{"start":0,"end":10,"label":"PERSON"},{"start":18,"end":25,"label":"ORG"}],"#
                    + #""tags":[{"name":"business","score":0.8765}],"keywords":[{"text":"orbelle","score":1}],"#
                    + #""meta":{"title":"T"},"paragraphs":[{"start":0,"end":26}],"language":{"code":"en"}"#))
        var labels = IndexTable()
        _ = labels.index(of: "ORG")
        var tags = IndexTable()
        let json = document.json(labels: &labels, tags: &tags)
        let object = try #require(json.objectValue)
        #expect(object.keys == ["i", "t", "e", "g", "k", "meta", "x"])
        #expect(object["e"] == .array([0, 10, 1, 18, 25, 0].map { .integer($0) }))
        #expect(object["g"] == .array([.integer(0), .double(0.88)]))
        #expect(object["k"] == .array([.string("orbelle"), .integer(1)]))
        #expect(object["x"] == .object(["language": .object(["code": .string("en")])]))
        #expect(labels.names == ["ORG", "PERSON"])
        #expect(tags.names == ["business"])
    }
}
