import Foundation
import Testing
@testable import TextPipeCLI

@Suite struct StageScaffoldNameTests {
    @Test(arguments: ["word-count", "WordCount", "word_count", "wordCount"])
    func dashedAndCamelCaseNamesAgree(_ input: String) throws {
        let name = try StageScaffoldName(input)
        #expect([name.typeName, name.stageName, name.outputKey] == ["WordCount", "word-count", "word_count"])
    }

    @Test func keepsTheCapitalsOfACamelCaseName() throws {
        let name = try StageScaffoldName("IBANCheck2")
        #expect(name.typeName == "IBANCheck2")
        #expect(name.stageName == "iban-check2")
    }

    @Test(arguments: ["", "9lives", "word--count", "word count", "-count", "count-", "wört"])
    func refusesBadNames(_ input: String) {
        #expect(throws: ScaffoldError.self) { try StageScaffoldName(input) }
    }
}

@Suite struct PluginRegistrationTests {
    @Test func addsTheModuleToTheManifestListInOrder() throws {
        let manifest = "let x = 1\nlet pluginModules: [String] = [\n    \"Language\",\n    \"Redact\",\n]\nlet y = 2\n"
        let edited = try PluginRegistration.addingModule("Metrics", toManifest: manifest)
        #expect(edited == "let x = 1\nlet pluginModules: [String] = [\n    \"Language\",\n    \"Metrics\",\n    \"Redact\",\n]\nlet y = 2\n")
    }

    @Test func addsImportAndStageTypeInOrder() throws {
        let source = "import Redact\nimport TextPipe\n\n/// Doc.\nlet pluginStages: [any Stage.Type] = [\n    RedactStage.self,\n]\n"
        let edited = try PluginRegistration.addingStage("MetricsStage", module: "Metrics", toStages: source)
        #expect(
            edited
                == "import Metrics\nimport Redact\nimport TextPipe\n\n/// Doc.\nlet pluginStages: [any Stage.Type] = [\n    MetricsStage.self,\n    RedactStage.self,\n]\n")
    }

    @Test func reportsAListItCannotFind() {
        #expect(throws: ScaffoldError.self) {
            try PluginRegistration.addingStage("XStage", module: "X", toStages: "import TextPipe\nlet pluginStages: [any Stage.Type] = []\n")
        }
    }
}

@Suite struct StageScaffolderTests {
    /// A folder with the two files new-stage edits, as in the repository.
    private func makeRepository() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("new-stage-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("Sources/textpipe"), withIntermediateDirectories: true)
        try "let pluginModules: [String] = [\n    \"Redact\",\n]\n".write(
            to: root.appendingPathComponent("Package.swift"), atomically: true, encoding: .utf8)
        try "import Redact\nimport TextPipe\n\nlet pluginStages: [any Stage.Type] = [\n    RedactStage.self,\n]\n".write(
            to: root.appendingPathComponent("Sources/textpipe/PluginStages.swift"), atomically: true, encoding: .utf8)
        return root
    }

    private func read(_ root: URL, _ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    @Test func writesTheStageItsTestAndTheRegistration() throws {
        let root = try makeRepository()
        defer { try? FileManager.default.removeItem(at: root) }
        let created = try StageScaffolder(root: root, registeredStages: ["clean", "redact"]).create("word-count")
        #expect(
            created.files == [
                "Plugins/WordCount/WordCountStage.swift", "Tests/Plugins/WordCountTests/WordCountStageTests.swift",
                "pipelines/word-count.yaml",
            ])
        let pipeline = try read(root, created.files[2])
        #expect(pipeline.contains("  - word-count: {min_length: 1}\n"))
        #expect(pipeline.contains("      word_count: {equals: 5}\n"))
        let stage = try read(root, created.files[0])
        #expect(stage.contains("public struct WordCountStage: Stage {"))
        #expect(stage.contains("public static let name = \"word-count\""))
        #expect(stage.contains("public static let name = \"word_count\""))
        #expect(stage.contains("OptionDocumentation(\"min_length\", type: \"integer\""))
        let test = try read(root, created.files[1])
        #expect(test.contains("import WordCount\n"))
        #expect(test.contains("@Suite struct WordCountStageTests {"))
        #expect(try read(root, "Package.swift").contains("    \"Redact\",\n    \"WordCount\",\n]"))
        let registration = try read(root, "Sources/textpipe/PluginStages.swift")
        #expect(registration.hasPrefix("import Redact\nimport TextPipe\nimport WordCount\n"))
        #expect(registration.contains("    RedactStage.self,\n    WordCountStage.self,\n]"))
    }

    @Test func refusesNamesInUseAndLeavesTheRepositoryAlone() throws {
        let root = try makeRepository()
        defer { try? FileManager.default.removeItem(at: root) }
        let scaffolder = StageScaffolder(root: root, registeredStages: ["clean", "redact"])
        _ = try scaffolder.create("WordCount")
        let registration = try read(root, "Sources/textpipe/PluginStages.swift")
        for taken in ["word-count", "wordcount", "redact", "summary", "TextPipeCore", "Foundation"] {
            #expect(throws: ScaffoldError.self, "\(taken)") { try scaffolder.create(taken) }
        }
        #expect(try read(root, "Sources/textpipe/PluginStages.swift") == registration)
    }

    @Test func leavesAPipelineOfTheSameNameAlone() throws {
        let root = try makeRepository()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("pipelines"), withIntermediateDirectories: true)
        try "stages: [segment]\n".write(to: root.appendingPathComponent("pipelines/news.yaml"), atomically: true, encoding: .utf8)
        let scaffolder = StageScaffolder(root: root, registeredStages: ["clean"])
        #expect(throws: ScaffoldError.self) { try scaffolder.create("news") }
        #expect(try read(root, "pipelines/news.yaml") == "stages: [segment]\n")
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("Plugins/News").path))
    }

    @Test func needsTheRepositoryFiles() {
        let scaffolder = StageScaffolder(root: URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)"), registeredStages: [])
        #expect(throws: ScaffoldError.self) { try scaffolder.create("word-count") }
    }
}
