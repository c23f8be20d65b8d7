import Foundation
import Testing

/// Shards that read byte ranges of JSONL files: merged, they are a single
/// run byte for byte (output, errors and manifest), whatever N, with lines
/// without ids (whose `FILE#LINE` ids need the line number), bad lines, CRLF
/// endings, a last line without newline and one-document files mixed in.
@Suite struct ShardByteRangeTests {
    private let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
        let lines = (0..<90).map { index -> String in
            switch index % 9 {
            case 0: #"{"text": "A line without an id, number \#(index). It has two sentences."}"#
            case 4: #"{"id": "bad-\#(index)", "text": ""}"#
            case 7: "not json \(index)"
            default: #"{"id": "row-\#(index)", "text": "Row \#(index) talks about harbours. \#(String(repeating: "Waves rise. ", count: index % 5))"}"#
            }
        }
        try folder.write("in/a.jsonl", lines.prefix(50).joined(separator: "\r\n") + "\r\n\n")
        try folder.write("in/b.txt", "A plain file between the feeds. It is one document.")
        try folder.write("in/c.jsonl", lines.suffix(40).joined(separator: "\n"))
        try folder.write("in/d.md", "# Notes\n\nThe last file.")
        try folder.write("pipeline.yaml", "stages:\n  - segment\n")
    }

    private func arguments(output: String, _ extra: [String] = []) -> [String] {
        ["run", folder.path("pipeline.yaml"), "--input", folder.path("in"), "--output", folder.path(output)] + extra
    }

    private func bytes(_ name: String) throws -> Data {
        try Data(contentsOf: folder.url.appendingPathComponent(name))
    }

    @Test(arguments: [1, 2, 3, 7])
    func mergedShardsAreTheSingleRun(count: Int) throws {
        #expect(try TextPipeBinary.run(arguments(output: "single/out.jsonl", ["--quiet"])).status == 1)
        var outputs: [String] = []
        for index in 0..<count {
            let shard = try TextPipeBinary.run(arguments(output: "shards/out.jsonl", ["--shard", "\(index)/\(count)", "--quiet"]))
            #expect(shard.status <= 1, "\(shard.standardError)")
            outputs.append(folder.path("shards/out-\(index)-of-\(count).jsonl"))
        }
        let merged = try TextPipeBinary.run(["merge"] + outputs + ["--output", folder.path("merged/out.jsonl")])
        #expect(merged.status == 0, "\(merged.standardError)")
        #expect(merged.standardError.contains("inputs 92 = 72 written + 20 failed"))
        for name in ["out.jsonl", "errors.jsonl", "out.jsonl.manifest"] {
            #expect(try bytes("merged/" + name) == bytes("single/" + name), "\(name) differs for \(count) shards")
        }
        #expect(try folder.read("merged/out.jsonl").contains(#""id":"a.jsonl#10""#))
        #expect(try folder.read("merged/errors.jsonl").contains(#""id":"c.jsonl#3""#))
    }

    @Test func anInterruptedShardResumesToTheSameBytes() throws {
        let whole = arguments(output: "whole/out.jsonl", ["--shard", "1/3", "--quiet"])
        #expect(try TextPipeBinary.run(whole).status == 1)
        let manifest = try folder.read("whole/out-1-of-3.jsonl.manifest").split(separator: "\n")
        let kept = manifest.prefix(manifest.count / 2)
        let lastWritten = try #require(
            kept.last { $0.contains(#""status":"written""#) }.flatMap { line in
                (try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["end"] as? Int
            })
        // What a kill leaves: half the manifest, the records it lists and a torn one.
        try folder.write("cut/out-1-of-3.jsonl.manifest", kept.joined(separator: "\n") + "\n")
        try folder.write("cut/out-1-of-3.jsonl", bytes("whole/out-1-of-3.jsonl").prefix(lastWritten + 1) + Data("{\"id\":\"tor".utf8))
        try folder.write("cut/errors-1-of-3.jsonl", bytes("whole/errors-1-of-3.jsonl"))
        let resumed = try TextPipeBinary.run(arguments(output: "cut/out.jsonl", ["--shard", "1/3", "--resume"]))
        #expect(resumed.status == 1)
        #expect(resumed.standardError.contains("copied from the interrupted run"))
        for name in ["out-1-of-3.jsonl", "errors-1-of-3.jsonl", "out-1-of-3.jsonl.manifest"] {
            #expect(try bytes("cut/" + name) == bytes("whole/" + name), "\(name) differs after resuming")
        }
    }

    @Test func aShardOfStandardInputIsRefused() throws {
        let result = try TextPipeBinary.run(
            ["run", folder.path("pipeline.yaml"), "--input", "-", "--output", folder.path("o.jsonl"), "--shard", "0/2"],
            standardInput: #"{"text": "x"}"#)
        #expect(result.status == 2)
        #expect(result.standardError.contains("standard input cannot be shared out"))
    }
}
