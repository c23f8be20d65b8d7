import Testing
import TextPipeCore

@Suite struct JSONWriterTests {
    private func written(_ value: JSONValue) -> String {
        var writer = JSONWriter()
        writer.value(value)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    @Test func writesCompactJSONWithKeysInOrder() {
        let value: JSONValue = .object([
            "zeta": .integer(1), "alpha": .array([.bool(true), .null, .number("2.50")]), "empty": .object([:]),
        ])
        #expect(written(value) == #"{"zeta":1,"alpha":[true,null,2.50],"empty":{}}"#)
    }

    @Test func escapesQuotesBackslashesAndControlCharacters() {
        #expect(written(.string("a\"b\\c")) == #""a\"b\\c""#)
        #expect(written(.string("1\n2\r3\t4")) == #""1\n2\r3\t4""#)
        #expect(written(.string("\u{0}\u{1}\u{8}\u{C}\u{1F}")) == #""\u0000\u0001\u0008\u000c\u001f""#)
    }

    @Test func keepsNonASCIIAndSlashesAsTheyAre() {
        #expect(written(.string("Café → 東京 😀 a/b \u{7F}")) == "\"Café → 東京 😀 a/b \u{7F}\"")
    }

    @Test func keyHelperWritesCommasBetweenMembers() {
        var writer = JSONWriter()
        writer.raw("{")
        writer.key("id", first: true)
        writer.string("x")
        writer.key("n")
        writer.integer(-12)
        writer.raw("}")
        #expect(String(decoding: writer.bytes, as: UTF8.self) == #"{"id":"x","n":-12}"#)
        writer.reset()
        #expect(writer.bytes.isEmpty)
    }

    @Test func doublesAndScoresAreFormattedCompactly() {
        #expect(written(.double(3)) == "3")
        #expect(written(.double(-0.5)) == "-0.5")
        #expect(written(.double(.infinity)) == "null")
        #expect(written(.double(.nan)) == "null")
        #expect(JSONNumberFormat.formatScore(0.123456) == "0.1235")
        #expect(JSONNumberFormat.formatScore(0.99996) == "1")
        #expect(JSONNumberFormat.formatScore(0.00004) == "0")
    }

    @Test func writerOutputParsesBackToTheSameValue() throws {
        let value: JSONValue = .object([
            "id": .string("naïve/ünïcode.txt"),
            "text": .string("line one\nline \"two\"\t\u{1}\u{1F} back\\slash 😀 東京\r"),
            "numbers": .array([.number("0"), .number("-1.25e3"), .integer(7), .double(0.1)]),
            "nested": .object([
                "deep": .array([.object(["k": .null, "é": .bool(false)]), .array([])]),
                "empty": .string(""),
            ]),
        ])
        var writer = JSONWriter()
        writer.value(value)
        let parsed = try writer.bytes.withUnsafeBufferPointer { try JSONParser.parse($0) }
        #expect(parsed == value)
        #expect(parsed.objectValue?.keys == ["id", "text", "numbers", "nested"])
    }
}
