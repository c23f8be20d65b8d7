import Foundation
import Testing

/// The exec stage through the `textpipe` binary: the shipped Python example,
/// a worker that crashes on one document, and validation of a missing program.
@Suite struct ExecStageEndToEndTests {
    @Test func pythonExampleAnnotatesEverySample() throws {
        let result = try TextPipeBinary.run(["run", "Examples/exec/word-stats.yaml", "--jobs", "2"])
        #expect(result.status == 0, "\(result.standardError)")
        let documents = try jsonLines(result.standardOutput)
        #expect(documents.count >= 10)
        for document in documents {
            #expect((document["word_count"] as? Int ?? 0) > 50)
            #expect(document["long_words"] is Int)
            #expect((document["meta"] as? [String: Any])?["language_guess"] as? String == "en")
            #expect(document["summary"] is String, "stages after exec still run")
        }
        // The worker's stderr reaches the run's log under the stage name.
        #expect(result.standardError.contains("[word_stats] ready; long words have 8+ letters"))
    }

    @Test func crashOnOneDocumentFailsOnlyThatDocument() throws {
        let folder = try TemporaryFolder()
        try folder.write(
            "crash_on_b.py",
            """
            import json, sys
            print(sys.stdin.readline(), end="", flush=True)
            for line in sys.stdin:
                if json.loads(line)["id"] == "b":
                    sys.exit(7)
                print(json.dumps({"seen": True}), flush=True)
            """)
        try folder.write("input.jsonl", ["a", "b", "c", "d"].map { "{\"id\": \"\($0)\", \"text\": \"x\"}\n" }.joined())
        try folder.write(
            "crash.yaml",
            "stages:\n  - exec: {command: [python3, \(folder.path("crash_on_b.py"))], workers: 1}\n")
        let result = try TextPipeBinary.run([
            "run", folder.path("crash.yaml"), "--input", folder.path("input.jsonl"), "--output", folder.path("out.jsonl"),
        ])
        #expect(result.status == 1, "\(result.standardError)")
        #expect(try jsonLines(folder.read("out.jsonl")).map { $0["id"] as? String } == ["a", "c", "d"])
        let errors = try jsonLines(folder.read("errors.jsonl"))
        #expect(errors.count == 1)
        #expect(errors.first?["stage"] as? String == "exec")
        #expect(errors.first?["error"] as? String == "crash_on_b: worker exited with status 7 before answering")
    }

    @Test func missingProgramIsAValidationError() throws {
        let folder = try TemporaryFolder()
        try folder.write("missing.yaml", "stages:\n  - clean\n  - exec: {command: [textpipe-no-such-program]}\n")
        let result = try TextPipeBinary.run(["validate", folder.path("missing.yaml")])
        #expect(result.status == 2)
        #expect(
            result.standardError.contains(
                "missing.yaml:3:11: error: stage 'exec': command 'textpipe-no-such-program' not found on PATH"),
            "\(result.standardError)")
    }

    @Test func stagesDescribesExec() throws {
        let result = try TextPipeBinary.run(["stages", "exec"])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("timeout (string, default 10s)"))
    }
}
