import Testing
@testable import TextPipeCore

@Suite struct DocumentDecoderTests {
    private func file(_ bytes: [UInt8], id: String = "folder/a.txt") -> RawDocument {
        RawDocument(
            fallbackID: id, source: DocumentSource(path: "/in/\(id)", format: .text), content: .file(bytes),
            byteCount: bytes.count)
    }

    private func line(_ json: String, fallbackID: String = "docs.jsonl#4") -> RawDocument {
        RawDocument(
            fallbackID: fallbackID, source: DocumentSource(path: "/in/docs.jsonl", line: 4, format: .jsonl),
            content: .jsonLine(Array(json.utf8)), byteCount: json.utf8.count)
    }

    /// The failure decoding `raw` raises.
    private func failure(_ raw: RawDocument, sourceLocation: SourceLocation = #_sourceLocation) -> DocumentDecoder.Failure? {
        do {
            let document = try DocumentDecoder.decode(raw)
            Issue.record("decoded \(document.id): \(document.text)", sourceLocation: sourceLocation)
            return nil
        } catch {
            return error
        }
    }

    // MARK: Files

    @Test func decodesAFileWithItsFallbackIDAndSource() throws {
        let document = try DocumentDecoder.decode(file(Array("Hello, Zürich.\n".utf8)))
        #expect(document.id == "folder/a.txt")
        #expect(document.text == "Hello, Zürich.\n")
        #expect(document.source == DocumentSource(path: "/in/folder/a.txt", format: .text))
        #expect(document.meta.isEmpty)
    }

    @Test func emptyFileFails() {
        let error = failure(file([]))
        #expect(error?.id == "folder/a.txt")
        #expect(error?.description == "empty file; nothing to process")
    }

    @Test func fileWithNULByteFailsAsBinary() {
        let error = failure(file([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x41]))
        #expect(error?.id == "folder/a.txt")
        #expect(error?.description.contains("binary") == true)
    }

    @Test(arguments: [[0xFF, 0xFE, 0x41, 0x00], [0xFE, 0xFF, 0x00, 0x41]] as [[UInt8]])
    func utf16FileFails(bytes: [UInt8]) {
        #expect(failure(file(bytes))?.description.contains("UTF-16") == true)
    }

    @Test func invalidUTF8IsRepairedWithAWarning() throws {
        let document = try DocumentDecoder.decode(file([0x48, 0x69, 0xFF, 0x21, 0xC3]))
        #expect(document.text == "Hi\u{FFFD}!\u{FFFD}")
        let warnings = try #require(document.meta["warnings"]?.arrayValue)
        #expect(warnings.count == 1)
        #expect(warnings.first?.stringValue?.contains("invalid UTF-8") == true)
    }

    @Test func utf8ByteOrderMarkIsStripped() throws {
        let document = try DocumentDecoder.decode(file([0xEF, 0xBB, 0xBF] + Array("Text".utf8)))
        #expect(document.text == "Text")
        #expect(document.meta["warnings"] == nil)
    }

    @Test func failureContentIsPassedOnWithTheFallbackID() {
        let raw = RawDocument(
            fallbackID: "big.txt", source: DocumentSource(path: "big.txt"), content: .failure("too big"), byteCount: 0)
        let error = failure(raw)
        #expect(error?.id == "big.txt")
        #expect(error?.description == "too big")
    }

    // MARK: JSON lines

    @Test func stringIDIsUsedAndOtherKeysBecomeMetaInOrder() throws {
        let document = try DocumentDecoder.decode(
            line(#"{"zeta": 1, "id": "news-7", "text": "Body", "author": "Ann", "tags": ["a"]}"#))
        #expect(document.id == "news-7")
        #expect(document.text == "Body")
        #expect(document.meta.keys == ["zeta", "author", "tags"])
        #expect(document.meta["author"] == .string("Ann"))
        #expect(document.meta["tags"] == .array([.string("a")]))
        #expect(document.source.line == 4)
        #expect(document.source.format == .jsonl)
    }

    @Test func numericIDKeepsItsText() throws {
        #expect(try DocumentDecoder.decode(line(#"{"id": 42, "text": "x"}"#)).id == "42")
        #expect(try DocumentDecoder.decode(line(#"{"id": 1.50, "text": "x"}"#)).id == "1.50")
    }

    @Test func missingOrNullIDFallsBack() throws {
        #expect(try DocumentDecoder.decode(line(#"{"text": "x"}"#)).id == "docs.jsonl#4")
        #expect(try DocumentDecoder.decode(line(#"{"id": null, "text": "x"}"#)).id == "docs.jsonl#4")
    }

    @Test func idOfAnotherTypeFailsWithTheFallbackID() {
        let error = failure(line(#"{"id": true, "text": "x"}"#))
        #expect(error?.id == "docs.jsonl#4")
        #expect(error?.description == "\"id\" must be a string or number, not a boolean")
    }

    @Test func nestedMetaObjectIsMergedInPlace() throws {
        let document = try DocumentDecoder.decode(
            line(#"{"id": "m", "source": "web", "meta": {"title": "T", "year": 2020}, "lang": "en", "text": "x"}"#))
        #expect(document.meta.keys == ["source", "title", "year", "lang"])
        #expect(document.meta["title"] == .string("T"))
        #expect(document.meta["year"] == .number("2020"))
        #expect(document.meta["meta"] == nil)
    }

    @Test func metaThatIsNotAnObjectIsKeptAsAKey() throws {
        let document = try DocumentDecoder.decode(line(#"{"text": "x", "meta": "plain"}"#))
        #expect(document.meta["meta"] == .string("plain"))
    }

    @Test func missingTextFailsWithTheLinesID() {
        let error = failure(line(#"{"id": "no-text", "body": "x"}"#))
        #expect(error?.id == "no-text")
        #expect(error?.description == "the object has no \"text\" key")
    }

    @Test func nonStringTextFailsWithTheLinesID() {
        let error = failure(line(#"{"id": 9, "text": 12}"#))
        #expect(error?.id == "9")
        #expect(error?.description == "\"text\" must be a string, not a number")
    }

    @Test func emptyTextFailsWithTheLinesID() {
        let error = failure(line(#"{"id": "blank", "text": ""}"#))
        #expect(error?.id == "blank")
        #expect(error?.description.contains("empty") == true)
    }

    @Test(arguments: [#"["text"]"#, #""text""#, "17", "null"])
    func nonObjectLineFailsWithTheFallbackID(json: String) {
        let error = failure(line(json))
        #expect(error?.id == "docs.jsonl#4")
        #expect(error?.description.hasPrefix("a JSONL line must be an object") == true)
    }

    @Test func invalidJSONFailsWithTheFallbackIDAndColumn() {
        let error = failure(line(#"{"id": "x", "text": "unclosed}"#))
        #expect(error?.id == "docs.jsonl#4")
        #expect(error?.description.hasPrefix("invalid JSON at column") == true)
    }

    @Test func invalidJSONThatIsNotUTF8SaysSo() {
        let raw = RawDocument(
            fallbackID: "bin.jsonl#1", source: DocumentSource(format: .jsonl), content: .jsonLine([0x7B, 0xFF]),
            byteCount: 2)
        #expect(failure(raw)?.description.hasSuffix("(the line is not valid UTF-8)") == true)
    }
}
