import Testing
import TextPipeCore

/// A custom annotation, as a third-party stage would declare it.
private enum LanguageKey: AnnotationKey {
    struct Value: Encodable, Sendable {
        var code: String
        var confidence: Double
    }

    static let name = "language"
}

private enum ReadingTimeKey: AnnotationKey {
    typealias Value = Int
    static let name = "reading_seconds"
}

@Suite struct DocumentEncoderTests {
    private static let text = "Café → Zürich"

    /// The UTF-8 byte span of the first occurrence of `part` in ``text``.
    private func byteSpan(of part: String) -> Span {
        let range = Self.text.range(of: part)!
        let start = Self.text.utf8.distance(from: Self.text.startIndex, to: range.lowerBound)
        return Span(start: start, end: start + part.utf8.count)
    }

    private func decoded(_ document: Document) throws -> JSONObject {
        let line = DocumentEncoder.encode(document)
        #expect(!line.contains(0x0A), "one line")
        let value = try line.withUnsafeBufferPointer { try JSONParser.parse($0) }
        return try #require(value.objectValue)
    }

    private func annotated() -> Document {
        var document = Document(id: "trip/1.txt", text: Self.text, meta: ["title": .string("Trip"), "year": .integer(2024)])
        document.paragraphs = [Span(start: 0, end: Self.text.utf8.count)]
        document.sentences = [Sentence(span: byteSpan(of: "Café →")), Sentence(span: byteSpan(of: "Zürich"))]
        document.entities = [
            Entity(span: byteSpan(of: "Café"), label: .organization),
            Entity(span: byteSpan(of: "Zürich"), label: .location, confidence: 0.876543),
        ]
        document.summary = Summary(text: "Zürich", sentenceIndices: [1])
        document.tags = [Tag(name: "travel", score: 0.912345), Tag(name: "food", score: 0.1)]
        document.keywords = [Keyword(text: "Zürich", score: 1.0 / 3.0)]
        document.annotations[ReadingTimeKey.self] = 3
        document.annotations[LanguageKey.self] = LanguageKey.Value(code: "de", confidence: 0.5)
        return document
    }

    private func spans(_ value: JSONValue?) -> [[Int]] {
        (value?.arrayValue ?? []).map { span in
            [span.objectValue?["start"]?.intValue ?? -1, span.objectValue?["end"]?.intValue ?? -1]
        }
    }

    @Test func keysFollowTheContractOrder() throws {
        let object = try decoded(annotated())
        #expect(object.keys == [
            "id", "text", "meta", "paragraphs", "sentences", "entities", "summary", "summary_sentences", "tags",
            "keywords", "reading_seconds", "language",
        ])
        #expect(object["id"] == .string("trip/1.txt"))
        #expect(object["text"] == .string(Self.text))
        #expect(object["meta"] == .object(["title": .string("Trip"), "year": .number("2024")]))
    }

    @Test func spansAreWrittenInUnicodeScalars() throws {
        let object = try decoded(annotated())
        #expect(spans(object["paragraphs"]) == [[0, 13]])
        #expect(spans(object["sentences"]) == [[0, 6], [7, 13]])
        #expect(spans(object["entities"]) == [[0, 4], [7, 13]])
    }

    @Test func onlyHeadingSentencesCarryTheHeadingKey() throws {
        var document = annotated()
        document.sentences?[0].isHeading = true
        let sentences = try #require(try decoded(document)["sentences"]?.arrayValue)
        #expect(sentences.map { $0.objectValue?.keys ?? [] } == [["start", "end", "heading"], ["start", "end"]])
        #expect(sentences[0].objectValue?["heading"] == .bool(true))
    }

    @Test func entityTextIsTheScalarSliceOfTheText() throws {
        let scalars = Array(Self.text.unicodeScalars)
        let entities = try #require(try decoded(annotated())["entities"]?.arrayValue)
        try #require(entities.count == 2)
        for entity in entities {
            let object = try #require(entity.objectValue)
            let start = try #require(object["start"]?.intValue)
            let end = try #require(object["end"]?.intValue)
            var slice = String.UnicodeScalarView()
            slice.append(contentsOf: scalars[start..<end])
            #expect(object["text"] == .string(String(slice)))
        }
        #expect(entities[0].objectValue?.keys == ["start", "end", "label", "text"])
        #expect(entities[0].objectValue?["label"] == .string("ORG"))
        #expect(entities[1].objectValue?["label"] == .string("LOC"))
        #expect(entities[1].objectValue?["text"] == .string("Zürich"))
    }

    @Test func scoresAreRoundedToFourDecimals() throws {
        let object = try decoded(annotated())
        #expect(object["entities"]?.arrayValue?[1].objectValue?["confidence"] == .number("0.8765"))
        #expect(object["tags"] == .array([
            .object(["name": .string("travel"), "score": .number("0.9123")]),
            .object(["name": .string("food"), "score": .number("0.1")]),
        ]))
        #expect(object["keywords"] == .array([.object(["text": .string("Zürich"), "score": .number("0.3333")])]))
    }

    @Test func summaryAndCustomAnnotationsAreWritten() throws {
        let object = try decoded(annotated())
        #expect(object["summary"] == .string("Zürich"))
        #expect(object["summary_sentences"] == .array([.number("1")]))
        #expect(object["reading_seconds"] == .number("3"))
        #expect(object["language"] == .object(["code": .string("de"), "confidence": .number("0.5")]))
    }

    @Test func absentAnnotationsGiveAbsentKeys() throws {
        let bare = try decoded(Document(id: "x", text: "Plain text."))
        #expect(bare.keys == ["id", "text", "meta"])
        #expect(bare["meta"] == .object([:]))

        var some = Document(id: "y", text: "Zürich.")
        some.entities = []
        some.keywords = [Keyword(text: "Zürich", score: 0.5)]
        #expect(try decoded(some).keys == ["id", "text", "meta", "entities", "keywords"])
        #expect(try decoded(some)["entities"] == .array([]))
    }

    @Test func textWithControlCharactersAndAstralScalarsKeepsOffsetsRight() throws {
        let text = "😀 \"Q\"\n\tEnd"
        var document = Document(id: "emoji", text: text)
        let start = text.utf8.count - 3
        document.entities = [Entity(span: Span(start: start, end: text.utf8.count), label: .miscellaneous)]
        let object = try decoded(document)
        #expect(object["text"] == .string(text))
        #expect(spans(object["entities"]) == [[7, 10]])  // 😀 counts as one scalar
        #expect(object["entities"]?.arrayValue?.first?.objectValue?["text"] == .string("End"))
    }
}
