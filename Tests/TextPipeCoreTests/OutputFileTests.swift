import Foundation
import Testing
import TextPipeCore

/// The output stream: offsets of lines, whole-line writes, and write failures.
@Suite struct OutputFileTests {
    @Test func linesAreWrittenWholeAtTheirOffsets() throws {
        let folder = try TemporaryDirectory()
        let file = try OutputFile(creating: folder.path("out/lines.jsonl"))
        #expect(file.writeLine(Array("{\"a\":1}".utf8)) == 0)
        #expect(file.writeLine(Array("{\"b\":22}".utf8)) == 8)
        // Nothing reaches the file before a flush: no line can be half written.
        #expect(try folder.read("out/lines.jsonl").isEmpty)
        file.flush()
        #expect(try folder.read("out/lines.jsonl") == "{\"a\":1}\n{\"b\":22}\n")
        #expect(file.position == 17 && file.failure == nil)
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full"), "no /dev/full here"))
    func aFullDiskIsReported() throws {
        let file = try OutputFile(creating: "/dev/full")
        file.writeLine(Array("lost".utf8))
        file.flush()
        #expect(file.failure?.contains("No space left on device") == true)
    }
}
