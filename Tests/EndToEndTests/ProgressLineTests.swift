import Foundation
import Testing

/// The progress line as a terminal shows it: `script` runs textpipe on a
/// pseudo-terminal set to 40 columns.
@Suite struct ProgressLineTests {
    private static let script = "/usr/bin/script"

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: script)))
    func theProgressLineFitsANarrowTerminalAndIsRedrawnInPlace() throws {
        let folder = try TemporaryFolder()
        try folder.writeLongCorpus("in.jsonl", count: 600)
        let command = [
            "stty cols 40;", TextPipeBinary.executable.path, "run", "pipelines/news.yaml", "--input", folder.path("in.jsonl"),
            "--output", folder.path("out.jsonl"), "--jobs", "1",
        ].joined(separator: " ")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.script)
        process.arguments = ["-qec", command, "/dev/null"]
        process.currentDirectoryURL = TextPipeBinary.packageRoot
        let terminal = Pipe()
        process.standardOutput = terminal
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let screen = String(decoding: terminal.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(screen)")

        // Everything before the summary is progress frames, each drawn after
        // a carriage return and an erase-line, with no newline between them.
        let progress = try #require(screen.components(separatedBy: "textpipe: ").first)
        #expect(!progress.contains("\n"))
        let frames = progress.components(separatedBy: "\r\u{1B}[K").filter { !$0.isEmpty }
        try #require(!frames.isEmpty, "no progress frame in \(screen.debugDescription)")
        for frame in frames {
            #expect(frame.count < 40, "\(frame)")
            #expect(frame.contains("%") && frame.contains("elapsed"), "\(frame)")
        }
        // The time left is known once the first document is done.
        #expect(frames.last?.contains("ETA") == true, "\(frames)")
    }
}
