import Testing
import TextPipeCore

@Suite struct JSONParserTests {
    private func parse(_ text: String) throws -> JSONValue {
        try JSONParser.parse(text)
    }

    /// The syntax error `text` raises.
    private func syntaxError(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> JSONParser.SyntaxError? {
        do {
            let value = try JSONParser.parse(text)
            Issue.record("parsed \(value)", sourceLocation: sourceLocation)
            return nil
        } catch {
            return error
        }
    }

    @Test func objectsKeepKeyOrder() throws {
        let object = try #require(try parse(#"{"zeta": 1, "alpha": 2, "mid": {"b": true, "a": null}}"#).objectValue)
        #expect(object.keys == ["zeta", "alpha", "mid"])
        #expect(object["mid"]?.objectValue?.keys == ["b", "a"])
        #expect(object["mid"]?.objectValue?["a"] == .null)
    }

    @Test func repeatedKeyKeepsFirstPositionAndLastValue() throws {
        let object = try #require(try parse(#"{"a": 1, "b": 2, "a": 3}"#).objectValue)
        #expect(object.keys == ["a", "b"])
        #expect(object["a"] == .number("3"))
    }

    @Test func parsesEveryKindOfValue() throws {
        #expect(try parse(" [true, false, null, \"s\", 1, [], {}] ") == .array([
            .bool(true), .bool(false), .null, .string("s"), .number("1"), .array([]), .object([:]),
        ]))
    }

    @Test func decodesEscapes() throws {
        #expect(try parse(#""line\nnext\ttab\r""#) == .string("line\nnext\ttab\r"))
        #expect(try parse(#""say \"hi\" \\ \/ \b\f""#) == .string("say \"hi\" \\ / \u{8}\u{C}"))
        #expect(try parse(#""caf\u00e9 \u00C9""#) == .string("café É"))
        #expect(try parse(#""smile \ud83d\ude00!""#) == .string("smile 😀!"))
        #expect(try parse(#""\u0000""#) == .string("\u{0}"))
    }

    @Test func loneSurrogatesBecomeReplacementCharacters() throws {
        #expect(try parse(#""a\ud83db""#) == .string("a\u{FFFD}b"))
        #expect(try parse(#""a\ude00b""#) == .string("a\u{FFFD}b"))
        #expect(try parse(#""\ud83d\u0041""#) == .string("\u{FFFD}"))
    }

    @Test func keepsRawUTF8() throws {
        #expect(try parse("\"Zürich → 東京 😀\"") == .string("Zürich → 東京 😀"))
    }

    @Test func numbersKeepTheirText() throws {
        for text in ["0", "-0", "42", "1.50", "-3.25e-7", "1E+2", "12345678901234567890123"] {
            #expect(try parse(text) == .number(text))
        }
        #expect(try parse("1.50").doubleValue == 1.5)
        #expect(try parse("7").intValue == 7)
        #expect(try parse("2.0").intValue == 2)
        #expect(try parse("2.5").intValue == nil)
    }

    @Test func truncatedInputIsAnErrorAtTheEnd() {
        let object = syntaxError(#"{"a": "#)
        #expect(object?.message == "unexpected end of input")
        #expect(object?.column == 7)

        let string = syntaxError(#"{"a": "text"#)
        #expect(string?.message == "unterminated string")
        #expect(string?.column == 12)

        #expect(syntaxError("[1, 2")?.message == "unexpected end of input in array")
        #expect(syntaxError(#"{"a": 1"#)?.message == "unexpected end of input in object")
        #expect(syntaxError("tru")?.message == "unexpected end of input")
        #expect(syntaxError("")?.column == 1)
    }

    @Test func trailingGarbageIsAnError() {
        let error = syntaxError(#"{"a": 1} x"#)
        #expect(error?.message == "unexpected text after the value")
        #expect(error?.column == 10)
        #expect(syntaxError("[1] [2]")?.column == 5)
    }

    /// RFC 8259 forbids leading zeros; accepting them lets `{"n": 01}` through into
    /// the output's meta verbatim, which makes the output line invalid JSON.
    @Test
    func leadingZerosAreRejected() {
        #expect(syntaxError("01")?.column == 1)
        #expect(syntaxError("-007") != nil)
        #expect(syntaxError(#"{"n": 01}"#) != nil)
    }

    @Test func badEscapeIsAnErrorAtTheEscape() {
        let error = syntaxError(#""ab\x""#)
        #expect(error?.message == "invalid escape '\\x'")
        #expect(error?.column == 5)

        let hex = syntaxError(#""\u12G4""#)
        #expect(hex?.message == "invalid hex digit in \\u escape")
        #expect(hex?.column == 6)

        #expect(syntaxError(#""\u12"#)?.message == "incomplete \\u escape")
    }

    @Test func controlCharactersInStringsAreErrors() {
        let raw = syntaxError("\"tab\there\"")
        #expect(raw?.message == "control character in string")
        #expect(raw?.column == 5)

        let afterEscape = syntaxError("\"\\n then \n\"")
        #expect(afterEscape?.message == "control character in string")
        #expect(afterEscape?.column == 10)
    }

    @Test func malformedStructureNamesWhatWasExpected() {
        #expect(syntaxError(#"{a: 1}"#)?.message == "expected a key string")
        #expect(syntaxError(#"{"a" 1}"#)?.message == "expected ':'")
        #expect(syntaxError(#"{"a": 1 "b": 2}"#)?.message == "expected ',' or '}'")
        #expect(syntaxError("[1 2]")?.message == "expected ',' or ']'")
        #expect(syntaxError("[1,]")?.message == "unexpected character ']'")
        #expect(syntaxError("nul")?.message == "unexpected end of input")
        #expect(syntaxError("nope")?.message == "expected a JSON value")
        #expect(syntaxError("-")?.message == "expected digits")
        #expect(syntaxError("1.")?.message == "expected digits after '.'")
        #expect(syntaxError("1e")?.message == "expected exponent digits")
    }

    @Test func deepNestingIsRefused() {
        let deep = String(repeating: "[", count: 600) + String(repeating: "]", count: 600)
        #expect(syntaxError(deep)?.message == "nesting too deep")
        let fine = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        #expect((try? parse(fine)) != nil)
    }

    @Test func errorDescriptionNamesTheColumn() {
        #expect(syntaxError("[1 2]")?.description == "invalid JSON at column 4: expected ',' or ']'")
    }
}
