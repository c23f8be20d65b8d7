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

    /// `text` in UTF-16 with a byte order mark.
    private func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
        let units = [0xFEFF] + Array(text.utf16)
        return units.flatMap { unit in
            bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
    }

    @Test(arguments: [false, true])
    func utf16FileWithAByteOrderMarkIsDecoded(bigEndian: Bool) throws {
        let text = "Zürich, 東京 and 😀.\r\nSecond line."
        let document = try DocumentDecoder.decode(file(utf16(text, bigEndian: bigEndian)))
        #expect(document.text == text)
        #expect(document.meta["warnings"] == nil)
    }

    @Test func unpairedSurrogatesInUTF16AreRepairedWithAWarning() throws {
        // A lone low surrogate, a high one before a letter, a high one at the end.
        let bytes: [UInt8] = [0xFF, 0xFE, 0x41, 0x00, 0x00, 0xDC, 0x42, 0x00, 0x3D, 0xD8, 0x43, 0x00, 0x3D, 0xD8]
        let document = try DocumentDecoder.decode(file(bytes))
        #expect(document.text == "A\u{FFFD}B\u{FFFD}C\u{FFFD}")
        #expect(document.meta["warnings"] == .array([.string(DocumentDecoder.invalidUTF16Warning)]))
    }

    @Test func oddLastByteOfUTF16IsReplaced() throws {
        let document = try DocumentDecoder.decode(file([0xFE, 0xFF, 0x00, 0x41, 0x00]))
        #expect(document.text == "A\u{FFFD}")
    }

    @Test func utf16WithNULCharactersFailsAsBinary() {
        let error = failure(file(utf16("A\u{0}B", bigEndian: false)))
        #expect(error?.description.contains("binary") == true)
    }

    @Test(arguments: [[0xFF, 0xFE], [0xFE, 0xFF], [0xEF, 0xBB, 0xBF]] as [[UInt8]])
    func byteOrderMarkAloneIsAnEmptyFile(bytes: [UInt8]) {
        #expect(failure(file(bytes))?.description == "empty file; nothing to process")
    }

    @Test func invalidUTF8IsRepairedWithAWarning() throws {
        let document = try DocumentDecoder.decode(file([0x48, 0x69, 0xFF, 0x21, 0xC3]))
        #expect(document.text == "Hi\u{FFFD}!\u{FFFD}")
        let warnings = try #require(document.meta["warnings"]?.arrayValue)
        #expect(warnings.count == 1)
        #expect(warnings.first?.stringValue?.contains("invalid UTF-8") == true)
    }

    /// Malformed UTF-8 of every kind, each between two words, and the text it decodes to.
    static let malformedUTF8: [(name: String, bytes: [UInt8], replacements: Int)] = [
        ("lone continuation bytes", [0x80, 0xBF], 2),
        ("a sequence cut short", [0xE2, 0x82], 1),
        ("an overlong encoding of '/'", [0xC0, 0xAF], 2),
        ("an overlong encoding of NUL", [0xE0, 0x80, 0x80], 3),
        ("a surrogate encoded in UTF-8", [0xED, 0xA0, 0x80], 3),
        ("bytes 0xF5 to 0xFF", [0xF5, 0xF8, 0xFC, 0xFE, 0xFF], 5),
        ("a scalar above U+10FFFF", [0xF4, 0x90, 0x80, 0x80], 4),
    ]

    @Test(arguments: malformedUTF8)
    func everyKindOfMalformedUTF8IsReplacedWithAWarning(
        _ sample: (name: String, bytes: [UInt8], replacements: Int)
    ) throws {
        let document = try DocumentDecoder.decode(file(Array("Before ".utf8) + sample.bytes + Array(" after".utf8)))
        let replacements = String(repeating: "\u{FFFD}", count: sample.replacements)
        #expect(document.text == "Before \(replacements) after", "\(sample.name)")
        #expect(document.meta["warnings"] == .array([.string(DocumentDecoder.invalidUTF8Warning)]))
    }

    @Test func truncatedSequenceAtTheEndOfTheFileIsReplaced() throws {
        #expect(try DocumentDecoder.decode(file(Array("End ".utf8) + [0xF0, 0x9F, 0x98])).text == "End \u{FFFD}")
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

    @Test func invalidJSONWithNULBytesSaysSo() {
        let raw = RawDocument(
            fallbackID: "bin.jsonl#1", source: DocumentSource(format: .jsonl),
            content: .jsonLine(Array(#"{"text": "a"#.utf8) + [0] + Array(#""}"#.utf8)), byteCount: 13)
        #expect(failure(raw)?.description.hasSuffix("string (the line holds NUL bytes: binary data?)") == true)
    }

    @Test func invalidUTF8InsideALineIsRepairedWithAWarning() throws {
        let raw = RawDocument(
            fallbackID: "docs.jsonl#2", source: DocumentSource(format: .jsonl),
            content: .jsonLine(Array(#"{"text": "caf"#.utf8) + [0xE9] + Array(#""}"#.utf8)), byteCount: 14)
        let document = try DocumentDecoder.decode(raw)
        #expect(document.text == "caf\u{FFFD}")
        #expect(document.meta["warnings"] == .array([.string(DocumentDecoder.invalidUTF8Warning)]))
    }

    @Test func readerWarningsReachTheDocument() throws {
        var raw = line(#"{"text": "x"}"#)
        raw.warnings = [DocumentDecoder.invalidUTF16Warning]
        let warnings = try DocumentDecoder.decode(raw).meta["warnings"]
        #expect(warnings == .array([.string(DocumentDecoder.invalidUTF16Warning)]))
    }
}
