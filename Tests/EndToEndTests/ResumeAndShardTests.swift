import Foundation
import Testing

/// A corpus and pipeline for runs that are interrupted, resumed and sharded:
/// enough documents that a run can be stopped part way, two of them bad.
private struct BatchJob {
    let folder: TemporaryFolder
    static let documents = 1200

    init() throws {
        folder = try TemporaryFolder()
        let sentence = "Dr. Mara Quint of Velmora Labs met the mayor of Oslo on Monday to discuss 4% growth. "
        let lines = (0..<Self.documents).map { index in
            index == 300 || index == 901
                ? #"{"id": "doc-\#(index)", "text": ""}"#
                : #"{"id": "doc-\#(index)", "text": "\#(String(repeating: sentence, count: 1 + index % 4))Note \#(index)."}"#
        }
        try folder.write("corpus.jsonl", lines.joined(separator: "\n") + "\n")
        try folder.write("pipeline.yaml", "stages:\n  - segment\n  - entities\n  - summarize: {sentences: 1}\n")
    }

    func arguments(output: String, _ extra: [String] = []) -> [String] {
        ["run", folder.path("pipeline.yaml"), "--input", folder.path("corpus.jsonl"), "--output", folder.path(output)]
            + extra
    }

    func read(_ name: String) throws -> Data {
        try Data(contentsOf: folder.url.appendingPathComponent(name))
    }

    /// Starts a run and sends `signal` once its manifest lists at least `records` documents.
    func interruptedRun(output: String, signal: Int32, afterRecords records: Int) throws -> Int32 {
        let process = Process()
        process.executableURL = TextPipeBinary.executable
        process.arguments = arguments(output: output, ["--quiet", "--jobs", "2"])
        process.currentDirectoryURL = TextPipeBinary.packageRoot
        process.standardError = FileHandle.nullDevice
        try process.run()
        let manifest = folder.path(output + ".manifest")
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning && Date() < deadline {
            let lines = (try? String(contentsOfFile: manifest, encoding: .utf8))?.split(separator: "\n").count ?? 0
            if lines > records { break }
            Thread.sleep(forTimeInterval: 0.005)
        }
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        return process.terminationStatus
    }
}

@Suite(.serialized) struct ResumeTests {
    @Test func aKilledRunResumesToTheSameBytes() throws {
        let job = try BatchJob()
        let whole = try TextPipeBinary.run(job.arguments(output: "whole/out.jsonl"))
        #expect(whole.status == 1)
        #expect(whole.standardError.contains("inputs 1200 = 1198 written + 2 failed"))
        _ = try job.interruptedRun(output: "cut/out.jsonl", signal: SIGKILL, afterRecords: 100)
        let cut = try String(decoding: job.read("cut/out.jsonl.manifest"), as: UTF8.self)
        #expect(!cut.contains(#""complete""#), "the run finished before it was killed")
        let resumed = try TextPipeBinary.run(job.arguments(output: "cut/out.jsonl", ["--resume"]))
        #expect(resumed.status == 1)
        #expect(resumed.standardError.contains("inputs 1200 = 1198 written + 2 failed"))
        #expect(resumed.standardError.contains("copied from the interrupted run"))
        #expect(try job.read("cut/out.jsonl") == job.read("whole/out.jsonl"))
        #expect(try job.read("cut/errors.jsonl") == job.read("whole/errors.jsonl"))
        #expect(!FileManager.default.fileExists(atPath: job.folder.path("cut/out.jsonl.previous")))
    }

    @Test func sigtermStopsWithWholeRecordsAndExit130() throws {
        let job = try BatchJob()
        let status = try job.interruptedRun(output: "out.jsonl", signal: SIGTERM, afterRecords: 100)
        #expect(status == 130)
        let written = try jsonLines(String(decoding: job.read("out.jsonl"), as: UTF8.self))
        #expect(written.count > 0 && written.count < BatchJob.documents)
        let resumed = try TextPipeBinary.run(job.arguments(output: "out.jsonl", ["--resume"]))
        #expect(resumed.status == 1)
        let whole = try TextPipeBinary.run(job.arguments(output: "whole.jsonl"))
        #expect(whole.status == 1)
        #expect(try job.read("out.jsonl") == job.read("whole.jsonl"))
    }

    @Test func aChangedInputIsProcessedAgain() throws {
        let folder = try TemporaryFolder()
        for index in 0..<12 { try folder.write("in/note-\(index).txt", "Note \(index) from Ada Park in Paris.") }
        try folder.write("pipeline.yaml", "stages:\n  - segment\n  - entities\n")
        let arguments = ["run", folder.path("pipeline.yaml"), "--input", folder.path("in"), "--output", folder.path("out.jsonl")]
        #expect(try TextPipeBinary.run(arguments).status == 0)
        try folder.write("in/note-5.txt", "Note five, rewritten by Lena Ford in Rome.")
        let resumed = try TextPipeBinary.run(arguments + ["--resume"])
        #expect(resumed.status == 0)
        #expect(resumed.standardError.contains("11 copied from the interrupted run"))
        let fresh = try TextPipeBinary.run(arguments.dropLast() + [folder.path("fresh.jsonl")])
        #expect(fresh.status == 0)
        #expect(try folder.read("out.jsonl") == folder.read("fresh.jsonl"))
        #expect(try folder.read("out.jsonl").contains("Lena Ford"))
    }

    @Test func aDeviceOutputKeepsNoManifestAndReportsFailuresOnStderr() throws {
        let folder = try TemporaryFolder()
        try folder.write("in.jsonl", #"{"id": "empty", "text": ""}"# + "\n" + #"{"id": "ok", "text": "Fine."}"# + "\n")
        let result = try TextPipeBinary.run(["run", "pipelines/keywords-only.yaml", "--input", folder.path("in.jsonl"), "--output", "/dev/null"])
        #expect(result.status == 1)
        #expect(result.standardError.contains(#"{"id":"empty","stage":"input""#))
        #expect(!FileManager.default.fileExists(atPath: "/dev/null.manifest"))
        let resumed = try TextPipeBinary.run(["run", "pipelines/keywords-only.yaml", "--input", folder.path("in.jsonl"), "--output", "/dev/null", "--resume"])
        #expect(resumed.status == 2)
    }

    @Test func resumingWithAnotherPipelineIsRefused() throws {
        let job = try BatchJob()
        #expect(try TextPipeBinary.run(job.arguments(output: "out.jsonl", ["--quiet"])).status == 1)
        try job.folder.write("pipeline.yaml", "stages:\n  - segment\n")
        let resumed = try TextPipeBinary.run(job.arguments(output: "out.jsonl", ["--resume"]))
        #expect(resumed.status == 2)
        #expect(resumed.standardError.contains("another pipeline"))
        #expect(FileManager.default.fileExists(atPath: job.folder.path("out.jsonl")))
    }
}

@Suite struct ShardTests {
    @Test func mergeWarnsAboutIdsSharedAcrossShards() throws {
        let folder = try TemporaryFolder()
        // The last line repeats the first one's id; each shard holds one of them.
        let lines = (0..<40).map { index in
            let id = "doc-\(index == 39 ? 0 : index)"
            return #"{"id": "\#(id)", "text": "Item \#(index) of a long list of notes."}"#
        }
        try folder.write("in.jsonl", lines.joined(separator: "\n") + "\n")
        var shards: [String] = []
        for index in 0..<2 {
            let run = try TextPipeBinary.run([
                "run", "pipelines/news.yaml", "--input", folder.path("in.jsonl"), "--output", folder.path("out.jsonl"),
                "--shard", "\(index)/2",
            ])
            #expect(run.status == 0, "\(run.standardError)")
            #expect(!run.standardError.contains("warning"), "one shard holds only one of the two")
            shards.append(folder.path("out-\(index)-of-2.jsonl"))
        }
        let merged = try TextPipeBinary.run(["merge"] + shards + ["--output", folder.path("merged.jsonl")])
        #expect(merged.status == 0)
        #expect(merged.standardError.contains("warning: 1 document has the id of an earlier one (first: 'doc-0')"))
    }

    @Test func shardsMergeIntoTheSingleRunByteForByte() throws {
        let job = try BatchJob()
        #expect(try TextPipeBinary.run(job.arguments(output: "single/out.jsonl", ["--quiet"])).status == 1)
        // Three processes at once, as three machines would run them.
        let group = DispatchGroup()
        for index in 0..<3 {
            let arguments = job.arguments(output: "shards/out.jsonl", ["--shard", "\(index)/3", "--quiet"])
            DispatchQueue.global().async(group: group) { _ = try? TextPipeBinary.run(arguments) }
        }
        group.wait()
        let shards = (0..<3).map { job.folder.path("shards/out-\($0)-of-3.jsonl") }
        let counts = try shards.map { try jsonLines(String(contentsOfFile: $0, encoding: .utf8)).count }
        #expect(counts.allSatisfy { $0 > 300 } && counts.reduce(0, +) == 1198)
        let merged = try TextPipeBinary.run(["merge"] + shards + ["--output", job.folder.path("merged/out.jsonl")])
        #expect(merged.status == 0)
        #expect(merged.standardError.contains("inputs 1200 = 1198 written + 2 failed"))
        #expect(try job.read("merged/out.jsonl") == job.read("single/out.jsonl"))
        #expect(try job.read("merged/errors.jsonl") == job.read("single/errors.jsonl"))

        let missing = try TextPipeBinary.run(["merge", shards[0], shards[2], "--output", job.folder.path("m2.jsonl")])
        #expect(missing.status == 2)
        #expect(missing.standardError.contains("missing shard 1/3"))
    }

    @Test func aBatchEngineIndexPicksTheShard() throws {
        let job = try BatchJob()
        let flagged = try TextPipeBinary.run(job.arguments(output: "a/out.jsonl", ["--shard", "1/4", "--quiet"]))
        let indexed = try TextPipeBinary.run(
            job.arguments(output: "b/out.jsonl", ["--quiet"]),
            environment: ["JOB_COMPLETION_INDEX": "1", "TEXTPIPE_SHARDS": "4"])
        let slurm = try TextPipeBinary.run(
            job.arguments(output: "c/out.jsonl", ["--shards", "4", "--quiet"]), environment: ["SLURM_ARRAY_TASK_ID": "1"])
        #expect(flagged.status == indexed.status && indexed.status == slurm.status)
        #expect(try job.read("a/out-1-of-4.jsonl") == job.read("b/out-1-of-4.jsonl"))
        #expect(try job.read("a/out-1-of-4.jsonl") == job.read("c/out-1-of-4.jsonl"))
        let bad = try TextPipeBinary.run(
            job.arguments(output: "d/out.jsonl"), environment: ["JOB_COMPLETION_INDEX": "7", "TEXTPIPE_SHARDS": "4"])
        #expect(bad.status == 2)
        #expect(bad.standardError.contains("JOB_COMPLETION_INDEX=7 is not a shard index from 0 to 3"))
    }
}

@Suite struct TimeoutTests {
    @Test func aStageTimeoutFailsTheSlowDocumentAndTheRunGoesOn() throws {
        let folder = try TemporaryFolder()
        try folder.write(
            "slow.py",
            """
            import json, sys, time
            print(sys.stdin.readline(), end="", flush=True)
            for line in sys.stdin:
                request = json.loads(line)
                if "SLOW" in request["text"]:
                    time.sleep(8)
                print(json.dumps({"id": request["id"], "meta": {"seen": True}}), flush=True)
            """)
        try folder.write(
            "pipeline.yaml",
            """
            stages:
              - exec: {command: [python3, \(folder.path("slow.py"))], timeout: 20s}
                timeout: 2s
            """)
        let lines = (0..<6).map { #"{"id": "d\#($0)", "text": "\#($0 == 2 ? "SLOW one" : "quick")"}"# }
        try folder.write("in.jsonl", lines.joined(separator: "\n") + "\n")
        let result = try TextPipeBinary.run([
            "run", folder.path("pipeline.yaml"), "--input", folder.path("in.jsonl"), "--output", folder.path("out.jsonl"),
            "--stats", folder.path("stats.json"),
        ])
        #expect(result.status == 1)
        // The run does not wait for the stuck worker's eight seconds (the limit
        // is generous because starting Python counts in the first documents' time).
        let stats = try JSONSerialization.jsonObject(with: Data(folder.read("stats.json").utf8)) as? [String: Any]
        #expect(try #require(stats?["wall_seconds"] as? Double) < 6)
        #expect(try jsonLines(folder.read("out.jsonl")).map { $0["id"] as? String } == ["d0", "d1", "d3", "d4", "d5"])
        let errors = try jsonLines(folder.read("errors.jsonl"))
        #expect(errors.count == 1)
        #expect(errors.first?["id"] as? String == "d2")
        #expect((errors.first?["error"] as? String)?.hasPrefix("timed out: stage 'exec' ran past its 2s limit") == true)
    }
}
