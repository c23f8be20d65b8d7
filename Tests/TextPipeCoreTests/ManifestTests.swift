import Foundation
import Testing
import TextPipeCore

/// The run manifest: what is written, and what survives a torn end.
@Suite struct ManifestTests {
    private let header = RunManifest.Header(pipeline: "00ff00ff00ff00ff", shard: ShardSpec(index: 1, count: 3))

    private func entry(_ sequence: Int, _ status: RunManifest.Entry.Status = .written) -> RunManifest.Entry {
        RunManifest.Entry(
            sequence: sequence, id: "doc \"\(sequence)\"", hash: UInt64(sequence) &* 0x9E37_79B9_7F4A_7C15,
            status: status, start: sequence * 10, end: sequence * 10 + 9)
    }

    @Test func writesAndReadsBackEntriesAndFooter() throws {
        let folder = try TemporaryDirectory()
        let writer = try ManifestWriter(creating: folder.path("m"), header: header)
        writer.add(entry(0))
        writer.add(entry(4, .failed))
        writer.commit()
        writer.finish(RunManifest.Footer(inputs: 6, written: 1, failed: 1))
        let reader = try ManifestReader(path: folder.path("m"))
        #expect(reader.header == header)
        #expect(reader.next() == entry(0))
        #expect(reader.next() == entry(4, .failed))
        #expect(reader.next() == nil)
        #expect(reader.footer == RunManifest.Footer(inputs: 6, written: 1, failed: 1))
    }

    @Test func entriesAreHeldBackUntilCommitted() throws {
        let folder = try TemporaryDirectory()
        let writer = try ManifestWriter(creating: folder.path("m"), header: header)
        writer.add(entry(0))
        #expect(try ManifestReader(path: folder.path("m")).next() == nil)
        writer.commit()
        #expect(try ManifestReader(path: folder.path("m")).next() == entry(0))
    }

    @Test func aTornLastLineEndsTheManifestWithoutAFooter() throws {
        let folder = try TemporaryDirectory()
        let writer = try ManifestWriter(creating: folder.path("m"), header: header)
        writer.add(entry(0))
        writer.add(entry(1))
        writer.commit()
        let handle = try #require(FileHandle(forWritingAtPath: folder.path("m")))
        handle.seekToEndOfFile()
        handle.write(Data(#"{"seq":2,"id":"doc"#.utf8))
        try handle.close()
        let reader = try ManifestReader(path: folder.path("m"))
        #expect(reader.next() == entry(0))
        #expect(reader.next() == entry(1))
        #expect(reader.next() == nil)
        #expect(reader.footer == nil)
    }

    @Test func anEntryOutOfOrderEndsTheManifest() throws {
        let folder = try TemporaryDirectory()
        let writer = try ManifestWriter(creating: folder.path("m"), header: header)
        writer.add(entry(5))
        writer.add(entry(3))
        writer.finish(RunManifest.Footer(inputs: 6, written: 2, failed: 0))
        let reader = try ManifestReader(path: folder.path("m"))
        #expect(reader.next() == entry(5))
        #expect(reader.next() == nil)
        #expect(reader.footer == nil)
    }

    @Test func aFileWithoutAHeaderIsNotAManifest() throws {
        let folder = try TemporaryDirectory()
        try folder.write("m", #"{"id": "a", "text": "not a manifest"}"# + "\n")
        #expect(throws: RunManifest.Failure.self) { try ManifestReader(path: folder.path("m")) }
        #expect(throws: RunManifest.Failure.self) { try ManifestReader(path: folder.path("missing")) }
    }
}
