import Foundation
import Testing
import TextPipeCore
@testable import TextPipeClean

/// Runs the clean stage over `text` with options changed by `configure`.
func cleaned(
    _ text: String, format: DocumentSource.Format = .text, meta: JSONObject = [:],
    _ configure: (inout CleanStage.Options) -> Void = { _ in }
) throws -> Document {
    var options = CleanStage.Options()
    configure(&options)
    var document = Document(id: "test", text: text, source: DocumentSource(format: format), meta: meta)
    try CleanStage(options: options).process(&document)
    return document
}

@Suite struct CleanStageTests {
    @Test func describesItself() {
        #expect(CleanStage.name == "clean")
        #expect(CleanStage.needs.isEmpty)
        #expect(CleanStage.provides == [.cleanText])
    }

    @Test func documentsEveryOptionKey() throws {
        let documented = CleanStage.Options.documentation.map(\.name)
        #expect(
            documented == [
                "html", "markdown", "main_content", "normalization", "whitespace", "boilerplate",
                "mojibake", "hyphenation", "repeated_lines",
            ])
        let encoded = try JSONEncoder().encode(CleanStage.Options())
        let keys = try JSONSerialization.jsonObject(with: encoded) as? [String: Any]
        #expect(Set(keys?.keys.map { $0 } ?? []) == Set(documented))
    }

    @Test func decodesSnakeCaseOptions() throws {
        let json = #"{"html":"never","markdown":"never","main_content":false,"normalization":"nfkc","whitespace":false,"boilerplate":false,"mojibake":false,"hyphenation":false,"repeated_lines":false}"#
        let options = try JSONDecoder().decode(CleanStage.Options.self, from: Data(json.utf8))
        #expect(options.html == .never)
        #expect(options.markdown == .never)
        #expect(!options.mainContent)
        #expect(options.normalization == .nfkc)
        #expect(!options.whitespace)
        #expect(!options.boilerplate)
        #expect(!options.mojibake)
        #expect(!options.hyphenation)
        #expect(!options.repeatedLines)
    }

    @Test func leavesCleanTextAlone() throws {
        let text = "A plain paragraph.\n\nAnother one, with a comma."
        let document = try cleaned(text)
        #expect(document.text == text)
        #expect(document.meta.isEmpty)
    }

    @Test func everyStepOffLeavesTextUntouched() throws {
        let text = "  <p>Caf\u{65}\u{301}</p>\r\n\r\n\r\nShare\n"
        let document = try cleaned(text) {
            $0.html = .never
            $0.normalization = .none
            $0.whitespace = false
            $0.boilerplate = false
        }
        #expect(document.text == text)
    }

    @Test func emptyTextStaysEmpty() throws {
        #expect(try cleaned("").text == "")
        #expect(try cleaned("", format: .html).text == "")
    }
}
