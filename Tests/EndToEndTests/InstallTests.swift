import Foundation
import Testing

/// `scripts/install` as a user runs it: the installed `textpipe`, called by
/// name from another folder, finds its models and report page.
@Suite struct InstallTests {
    /// Runs `command` with `arguments` in `folder`, with `PATH` starting at `binFolder`.
    private static func run(_ command: String, _ arguments: [String], in folder: URL, binFolder: String? = nil) throws
        -> TextPipeBinary.Result
    {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [command] + arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        if let binFolder { environment["PATH"] = binFolder + ":" + (environment["PATH"] ?? "/usr/bin:/bin") }
        process.environment = environment
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return TextPipeBinary.Result(
            status: process.terminationStatus, standardOutput: String(decoding: outputData, as: UTF8.self),
            standardError: String(decoding: errorData, as: UTF8.self))
    }

    @Test func anInstalledTextpipeRunsFromAnotherFolderWithItsModels() throws {
        let folder = try TemporaryFolder()
        let prefix = folder.path("prefix")
        let buildFolder = TextPipeBinary.executable.deletingLastPathComponent().path
        let install = try Self.run(
            TextPipeBinary.packageRoot.appendingPathComponent("scripts/install").path, ["--from", buildFolder, prefix],
            in: folder.url)
        #expect(install.status == 0, "\(install.standardError)")
        #expect(FileManager.default.isExecutableFile(atPath: prefix + "/bin/textpipe"))

        let elsewhere = folder.url.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        let samples = TextPipeBinary.packageRoot.appendingPathComponent("samples/news").path
        let pipeline = TextPipeBinary.packageRoot.appendingPathComponent("pipelines/news.yaml").path
        let installed = try Self.run(
            "textpipe", ["run", pipeline, "--input", samples, "--output", "out.jsonl", "--report", "report.html", "--quiet"],
            in: elsewhere, binFolder: prefix + "/bin")
        #expect(installed.status == 0, "\(installed.standardError)")
        let built = try TextPipeBinary.run(["run", pipeline, "--input", samples, "--output", folder.path("built.jsonl"), "--quiet"])
        #expect(built.status == 0)
        #expect(try folder.read("elsewhere/out.jsonl") == folder.read("built.jsonl"))
        #expect(try folder.read("elsewhere/report.html").contains("<html"))
    }

    @Test func anExecutableWithoutItsResourcesSaysWhereToPutThem() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.copyItem(atPath: TextPipeBinary.executable.path, toPath: folder.path("textpipe"))
        let pipeline = TextPipeBinary.packageRoot.appendingPathComponent("pipelines/news.yaml").path
        let result = try Self.run(folder.path("textpipe"), ["validate", pipeline], in: folder.url)
        #expect(result.status == 2)
        #expect(result.standardError.contains("the built-in entity model is missing"), "\(result.standardError)")
        #expect(result.standardError.contains("scripts/install"))
    }
}
