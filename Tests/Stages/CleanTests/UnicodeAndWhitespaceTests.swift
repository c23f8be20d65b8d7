import Testing
import TextPipeCore
@testable import TextPipeClean

@Suite struct UnicodeAndWhitespaceTests {
    @Test func nfcComposesDecomposedLetters() throws {
        let decomposed = "Cafe\u{301} au lait"
        #expect(try cleaned(decomposed).text.unicodeScalars.elementsEqual("Caf\u{E9} au lait".unicodeScalars))
        let untouched = try cleaned(decomposed) { $0.normalization = .none }
        #expect(untouched.text.unicodeScalars.elementsEqual(decomposed.unicodeScalars))
    }

    @Test func quickCheckSkipsOnlyTextNormalisationCannotChange() {
        func stable(_ text: String, _ form: CleanStage.Options.NormalizationForm) -> Bool {
            var text = text
            return text.withUTF8 { UnicodeNormalizer.isStable($0, under: form) }
        }
        #expect(stable("Caf\u{E9} \u{201C}quoted\u{201D} \u{2014} \u{20AC}5\u{2026}", .nfc))
        #expect(!stable("Cafe\u{301}", .nfc))
        #expect(!stable("\u{2126}", .nfc))
        #expect(!stable("\u{AC00}", .nfc))
        #expect(!stable("Caf\u{E9}", .nfkc))
        #expect(stable("plain", .nfkc))
    }

    @Test func nfkcFoldsCompatibilityCharacters() throws {
        #expect(try cleaned("\u{FB01}ne \u{FF21}") { $0.normalization = .nfkc }.text == "fine A")
        let nfc = try cleaned("\u{FB01}ne") { $0.normalization = .nfc }
        #expect(nfc.text.unicodeScalars.first == "\u{FB01}")
    }

    @Test func normalizesLineEndsSpacesAndParagraphs() throws {
        let text = "  First\tline  here \r\nsecond\rthird\n\n\n\n  \nNext\u{A0}\u{2003}para  \n\n"
        #expect(try cleaned(text).text == "First line here\nsecond\nthird\n\nNext para")
    }

    @Test func removesInvisibleAndControlCharacters() throws {
        let text = "\u{FEFF}zero\u{200B}width\u{200D} soft\u{AD}hyphen bell\u{7}\u{0}\u{1F} c1\u{85}next\u{9C}end"
        #expect(try cleaned(text).text == "zerowidth softhyphen bell c1\nnextend")
    }

    @Test func lineAndParagraphSeparators() throws {
        #expect(try cleaned("a\u{2028}b\u{2029}c").text == "a\nb\n\nc")
    }

    @Test func whitespaceOffKeepsSpacing() throws {
        let text = "a  b\r\n\n\n\nc\u{200B}"
        #expect(try cleaned(text) { $0.whitespace = false }.text == text)
    }

    @Test func keepsNonASCIIText() throws {
        let text = "Zürich — 東京 😀 “quoted”"
        #expect(try cleaned(text).text == text)
    }
}
