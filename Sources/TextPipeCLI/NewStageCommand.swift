import ArgumentParser
import Foundation

/// `textpipe new-stage NAME`: scaffolds a stage module under Plugins/ with a
/// test, and registers it, so that `swift build` builds it into `textpipe`.
struct NewStageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new-stage",
        abstract: "Create a stage module in Plugins/ with a test, and register it (run in the textpipe repository).",
        discussion: "NAME is the stage's name as words joined by dashes (word-count) or in CamelCase (WordCount). "
            + "Creates Plugins/WordCount/WordCountStage.swift, a working stage with one option, and "
            + "Tests/Plugins/WordCountTests/WordCountStageTests.swift, and adds the module to Package.swift and "
            + "Sources/textpipe/PluginStages.swift. Then run: swift build"
    )

    @Argument(help: "The new stage's name, such as word-count or WordCount.")
    var name: String

    @Option(help: "The textpipe repository to add the stage to.")
    var packagePath = "."

    func run() throws {
        do {
            let scaffolder = StageScaffolder(
                root: URL(fileURLWithPath: packagePath), registeredStages: RegistryStore.shared.registry.names)
            let created = try scaffolder.create(name)
            print("Created the \(created.name.stageName) stage:")
            for path in created.files { print("  \(path)") }
            print("Registered it in \(PluginRegistration.manifestPath) and \(PluginRegistration.stagesPath).")
            print("Next: swift build && swift test --filter \(created.name.typeName)Tests")
        } catch {
            Console.error("error: \(error.description)")
            throw ExitStatus.usage
        }
    }
}

/// Writes a stage scaffold into a textpipe repository, after checking that
/// nothing it would create or edit is in the way.
struct StageScaffolder {
    /// What was created.
    struct Created {
        var name: StageScaffoldName
        /// The new files, relative to the repository.
        var files: [String]
    }

    let root: URL
    /// Stage names already taken.
    let registeredStages: [String]

    /// Module names that would clash with the package's own modules and dependencies.
    static let reservedModules: Set<String> = [
        "ArgumentParser", "Dispatch", "Foundation", "Stage", "Swift", "Testing", "XCTest", "Yams",
    ]
    /// Output keys the standard document schema uses.
    static let reservedKeys: Set<String> = [
        "id", "text", "meta", "paragraphs", "sentences", "tokens", "entities", "summary", "summary_sentences", "tags",
        "keywords",
    ]

    func create(_ rawName: String) throws(ScaffoldError) -> Created {
        let name = try StageScaffoldName(rawName)
        let scaffold = StageScaffold(name: name)
        let manifest = try read(PluginRegistration.manifestPath)
        let stages = try read(PluginRegistration.stagesPath)
        try checkFree(name)
        let newManifest = try PluginRegistration.addingModule(name.typeName, toManifest: manifest)
        let newStages = try PluginRegistration.addingStage("\(name.typeName)Stage", module: name.typeName, toStages: stages)
        try write(scaffold.stageSource, to: scaffold.stagePath)
        try write(scaffold.testSource, to: scaffold.testPath)
        try write(scaffold.pipelineSource, to: scaffold.pipelinePath)
        try write(newManifest, to: PluginRegistration.manifestPath)
        try write(newStages, to: PluginRegistration.stagesPath)
        return Created(name: name, files: [scaffold.stagePath, scaffold.testPath, scaffold.pipelinePath])
    }

    private func checkFree(_ name: StageScaffoldName) throws(ScaffoldError) {
        if registeredStages.contains(name.stageName) {
            throw ScaffoldError("a stage named '\(name.stageName)' already exists (see 'textpipe stages')")
        }
        if Self.reservedModules.contains(name.typeName) || name.typeName.lowercased().hasPrefix("textpipe") {
            throw ScaffoldError("'\(name.typeName)' is the name of a module textpipe already uses; choose another name")
        }
        if Self.reservedKeys.contains(name.outputKey) {
            throw ScaffoldError("'\(name.outputKey)' is a standard output key; choose another name")
        }
        let taken = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Plugins").path)) ?? []
        if let existing = taken.first(where: { $0.lowercased() == name.typeName.lowercased() }) {
            throw ScaffoldError("Plugins/\(existing) already exists")
        }
        let tests = "Tests/Plugins/\(name.typeName)Tests"
        if FileManager.default.fileExists(atPath: root.appendingPathComponent(tests).path) {
            throw ScaffoldError("\(tests) already exists")
        }
        let pipeline = StageScaffold(name: name).pipelinePath
        if FileManager.default.fileExists(atPath: root.appendingPathComponent(pipeline).path) {
            throw ScaffoldError("\(pipeline) already exists; choose another name")
        }
    }

    private func read(_ path: String) throws(ScaffoldError) -> String {
        do {
            return try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
        } catch {
            throw ScaffoldError(
                "cannot read \(path) in \(root.path): run new-stage in the textpipe repository or pass --package-path")
        }
    }

    private func write(_ text: String, to path: String) throws(ScaffoldError) {
        let url = root.appendingPathComponent(path)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        } catch {
            throw ScaffoldError("cannot write \(path): \(error.localizedDescription)")
        }
    }
}
