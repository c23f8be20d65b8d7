import Foundation
import Testing

/// What `run` does at the edges a new user meets: a disk that fills up,
/// `--limit`, plain text on standard input, duplicate ids and failure reasons.
@Suite struct RunLimitsTests {
    /// Runs `textpipe` under bash with the shell's file-size limit set to
    /// `kilobytes`, so writes past it fail as on a full disk.
    private static func runWithFileSizeLimit(kilobytes: Int, _ arguments: [String]) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", "ulimit -f \(kilobytes); exec \"$0\" \"$@\"", TextPipeBinary.executable.path] + arguments
        process.currentDirectoryURL = TextPipeBinary.packageRoot
        let error = Pipe()
        process.standardError = error
        try process.run()
        let message = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: message, as: UTF8.self))
    }

    @Test func aFailedWriteLeavesOnlyWholeRecordsAndResumeFinishesTheRun() throws {
        let folder = try TemporaryFolder()
        try folder.writeLongCorpus("in.jsonl", count: 300)
        let arguments = ["run", "pipelines/news.yaml", "--input", folder.path("in.jsonl"), "--jobs", "2"]
        let (status, message) = try Self.runWithFileSizeLimit(
            kilobytes: 256, arguments + ["--output", folder.path("cut.jsonl")])
        #expect(status == 1, "\(message)")
        #expect(message.contains("cannot write"), "\(message)")
        #expect(message.contains("stopped: a write failed"), "\(message)")
        let cut = try Data(contentsOf: URL(fileURLWithPath: folder.path("cut.jsonl")))
        #expect(cut.count > 0 && cut.count <= 256 * 1024)
        #expect(cut.last == 0x0A, "the file ends inside a record")
        let records = try jsonLines(String(decoding: cut, as: UTF8.self))
        #expect(records.count < 300)
        #expect(records.last?["id"] as? String == "doc-\(records.count - 1)")

        let resumed = try TextPipeBinary.run(arguments + ["--output", folder.path("cut.jsonl"), "--resume", "--quiet"])
        #expect(resumed.status == 0, "\(resumed.standardError)")
        let whole = try TextPipeBinary.run(arguments + ["--output", folder.path("whole.jsonl"), "--quiet"])
        #expect(whole.status == 0)
        #expect(try folder.read("cut.jsonl") == folder.read("whole.jsonl"))
    }

    @Test func limitProcessesTheFirstDocumentsAndResumeTheRest() throws {
        let folder = try TemporaryFolder()
        let arguments = ["run", "pipelines/news.yaml", "--output", folder.path("out.jsonl")]
        let limited = try TextPipeBinary.run(arguments + ["--limit", "4"])
        #expect(limited.status == 0, "\(limited.standardError)")
        #expect(limited.standardError.contains("stopped after the first 4 documents (--limit)"))
        let first = try jsonLines(try folder.read("out.jsonl"))
        #expect(first.count == 4)

        let rest = try TextPipeBinary.run(arguments + ["--resume", "--quiet"])
        #expect(rest.status == 0, "\(rest.standardError)")
        let all = try jsonLines(try folder.read("out.jsonl"))
        #expect(all.count == 16)
        #expect(all.prefix(4).map { $0["id"] as? String } == first.map { $0["id"] as? String })

        let zero = try TextPipeBinary.run(arguments + ["--limit", "0"])
        #expect(zero.status == 2)
        #expect(zero.standardError.contains("--limit must be at least 1"))
    }

    @Test func plainTextOnStandardInputNeedsInputFormatText() throws {
        let folder = try TemporaryFolder()
        let text = "Harbour Lane opened on Monday. Mayor Ines Duarte cut the ribbon.\n\nThe road cost $2 million.\n"
        let arguments = ["run", "pipelines/news.yaml", "--input", "-", "--output", folder.path("out.jsonl")]

        let asJSONLines = try TextPipeBinary.run(arguments, standardInput: text)
        #expect(asJSONLines.status == 1)
        #expect(asJSONLines.standardError.contains("for plain text give --input-format text"))

        let asText = try TextPipeBinary.run(arguments + ["--input-format", "text"], standardInput: text)
        #expect(asText.status == 0, "\(asText.standardError)")
        let documents = try jsonLines(try folder.read("out.jsonl"))
        try #require(documents.count == 1)
        #expect(documents[0]["id"] as? String == "stdin")
        #expect((documents[0]["text"] as? String)?.hasSuffix("The road cost $2 million.") == true)

        try folder.write("article.txt", text)
        let unused = try TextPipeBinary.run([
            "run", "pipelines/news.yaml", "--input", folder.path("article.txt"), "--output", folder.path("file.jsonl"),
            "--input-format", "text",
        ])
        #expect(unused.status == 0)
        #expect(unused.standardError.contains("warning: --input-format only says how standard input is read"))

        let wrong = try TextPipeBinary.run(arguments + ["--input-format", "csv"], standardInput: text)
        #expect(wrong.status == 2)
        #expect(wrong.standardError.contains("--input-format must be 'jsonl' or 'text'"))
    }

    @Test func duplicateIdsAndFailureReasonsAreCountedInTheSummaryAndStats() throws {
        let folder = try TemporaryFolder()
        let lines = [
            #"{"id": "a", "text": "First copy."}"#, #"{"id": "a", "text": "Second copy."}"#,
            #"{"id": "b", "text": "Fine."}"#, #"{"id": "b", "text": "Again."}"#,
            #"{"id": "c", "text": ""}"#, #"{"id": "d", "text": ""}"#, #"{"id": "e", "text": ""}"#,
            #"{"id": "f", "text": 7}"#, "not json at all",
        ]
        try folder.write("in.jsonl", lines.joined(separator: "\n") + "\n")
        let result = try TextPipeBinary.run([
            "run", "pipelines/news.yaml", "--input", folder.path("in.jsonl"), "--output", folder.path("out.jsonl"),
            "--stats", folder.path("stats.json"),
        ])
        #expect(result.status == 1)
        #expect(result.standardError.contains("warning: 2 documents have the id of an earlier one (first: 'a')"))
        let summary = result.standardError.components(separatedBy: "failures by reason:\n").last ?? ""
        let reasonLines = summary.split(separator: "\n").prefix(3).map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(reasonLines.first == #"3  input: "text" is empty; nothing to process"#, "\(result.standardError)")
        #expect(reasonLines.dropFirst().allSatisfy { $0.hasPrefix("1  input: ") })

        let stats = try JSONSerialization.jsonObject(with: Data(try folder.read("stats.json").utf8)) as? [String: Any]
        #expect(stats?["documents_duplicate_id"] as? Int == 2)
        #expect(stats?["first_duplicate_id"] as? String == "a")
        let reasons = stats?["failure_reasons"] as? [[String: Any]]
        #expect(reasons?.map { $0["count"] as? Int } == [3, 1, 1])
    }

    @Test func unknownStageNamesGetADidYouMean() throws {
        for (typed, meant) in [("entity", "entities"), ("summary", "summarize"), ("tags", "tag")] {
            let result = try TextPipeBinary.run(["stages", typed])
            #expect(result.status == 2)
            #expect(result.standardError.contains("did you mean '\(meant)'?"), "\(result.standardError)")
        }
    }
}
