import Foundation
import Testing

/// The stage modules under Plugins/ as users meet them: listed by `stages`,
/// checked by `validate`, run by `run`; and `new-stage` on a repository copy.
@Suite struct PluginStageTests {
    @Test func stagesListsThePluginsWithTheirOptions() throws {
        let list = try TextPipeBinary.run(["stages"])
        #expect(list.standardOutput.contains("redact "))
        #expect(list.standardOutput.contains("language "))
        let redact = try TextPipeBinary.run(["stages", "redact"])
        #expect(redact.status == 0)
        #expect(redact.standardOutput.contains("kinds ([string], default [email, phone, card, iban, ip])"))
        #expect(redact.standardOutput.contains("mask (label | stars, default label)"))
    }

    @Test func validateWantsRedactAfterClean() throws {
        let folder = try TemporaryFolder()
        try folder.write("early.yaml", "stages:\n  - redact\n  - clean\n")
        try folder.write("good.yaml", "stages:\n  - clean\n  - redact: {kinds: [email, card], mask: stars}\n  - segment\n  - language\n")
        try folder.write("kind.yaml", "stages:\n  - clean\n  - redact: {kinds: [passport]}\n")
        let early = try TextPipeBinary.run(["validate", folder.path("early.yaml")])
        #expect(early.status == 2)
        #expect(early.standardError.contains("needs clean-text"), "\(early.standardError)")
        let good = try TextPipeBinary.run(["validate", folder.path("good.yaml")])
        #expect(good.status == 0, "\(good.standardError)")
        let kind = try TextPipeBinary.run(["validate", folder.path("kind.yaml")])
        #expect(kind.status == 2)
        #expect(kind.standardError.contains("unknown kind 'passport'"), "\(kind.standardError)")
    }

    @Test func runMasksRecordsAndIdentifiesTheLanguage() throws {
        let folder = try TemporaryFolder()
        try folder.write("p.yaml", "stages:\n  - clean\n  - redact\n  - segment\n  - language\n")
        let input = #"{"id": "a", "text": "Für Fragen: press@example.org oder +49 30 1234567. The office said it would reply."}"# + "\n"
        let result = try TextPipeBinary.run(["run", folder.path("p.yaml"), "--input", "-", "--output", "-", "--quiet"], standardInput: input)
        #expect(result.status == 0, "\(result.standardError)")
        let document = try #require(try jsonLines(result.standardOutput).first)
        let text = try #require(document["text"] as? String)
        #expect(text == "Für Fragen: [EMAIL] oder [PHONE]. The office said it would reply.")
        let redactions = try #require(document["redactions"] as? [[String: Any]])
        let scalars = Array(text.unicodeScalars)
        let masked = redactions.map { record -> String in
            let start = record["start"] as? Int ?? 0
            let end = record["end"] as? Int ?? 0
            return "\(record["kind"] ?? "")=" + String(String.UnicodeScalarView(scalars[start..<end]))
        }
        #expect(masked == ["email=[EMAIL]", "phone=[PHONE]"])
        #expect((document["language"] as? [String: Any])?["code"] as? String == "en")
    }

    @Test func redactAfterSegmentFailsEachDocumentClearly() throws {
        let folder = try TemporaryFolder()
        try folder.write("late.yaml", "stages:\n  - clean\n  - segment\n  - redact\n")
        let result = try TextPipeBinary.run(
            ["run", folder.path("late.yaml"), "--input", "-", "--output", "-", "--quiet"],
            standardInput: #"{"id": "a", "text": "Mail press@example.org today."}"# + "\n")
        #expect(result.status == 1)
        #expect(result.standardError.contains("must run before segment"), "\(result.standardError)")
    }

    @Test func newStageScaffoldsOnceAndRefusesAgain() throws {
        let folder = try TemporaryFolder()
        try folder.write("Package.swift", "let pluginModules: [String] = [\n]\n")
        try folder.write("Sources/textpipe/PluginStages.swift", "import TextPipe\n\nlet pluginStages: [any Stage.Type] = [\n]\n")
        let first = try TextPipeBinary.run(["new-stage", "word-count", "--package-path", folder.url.path])
        #expect(first.status == 0, "\(first.standardError)")
        #expect(first.standardOutput.contains("Plugins/WordCount/WordCountStage.swift"))
        #expect(first.standardOutput.contains("swift build"))
        #expect(try folder.read("Sources/textpipe/PluginStages.swift").contains("    WordCountStage.self,\n]"))
        let again = try TextPipeBinary.run(["new-stage", "WordCount", "--package-path", folder.url.path])
        #expect(again.status == 2)
        #expect(again.standardError.contains("Plugins/WordCount already exists"))
        let outside = try TextPipeBinary.run(["new-stage", "metrics", "--package-path", folder.path("nowhere")])
        #expect(outside.status == 2)
    }
}
