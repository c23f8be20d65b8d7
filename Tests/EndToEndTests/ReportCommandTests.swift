import Foundation
import Testing

/// `textpipe report` and `textpipe run --report`, as a user runs them. What
/// the page draws is checked in a browser by scripts/check-report.
@Suite struct ReportCommandTests {
    /// The JSON a report embeds in `<script type="application/json" id="ID">`.
    static func embedded(_ id: String, inReportAt path: String) throws -> Any {
        let page = try String(contentsOfFile: path, encoding: .utf8)
        let start = try #require(page.range(of: "<script type=\"application/json\" id=\"\(id)\">"))
        let end = try #require(page.range(of: "</script>", range: start.upperBound..<page.endIndex))
        return try JSONSerialization.jsonObject(with: Data(page[start.upperBound..<end.lowerBound].utf8))
    }

    @Test func reportsARunWithItsFailuresAndStatistics() throws {
        let folder = try TemporaryFolder()
        try folder.write(
            "feed.jsonl",
            #"{"id": "one", "text": "Mira Castell opened the harbour museum in Dunmore on Friday."}"# + "\n"
                + #"{"id": "two", "text": ""}"# + "\n")
        let run = try TextPipeBinary.run([
            "run", "pipelines/news.yaml", "--input", folder.path("feed.jsonl"), "--output", folder.path("out.jsonl"),
            "--stats", folder.path("stats.json"), "--quiet",
        ])
        #expect(run.status == 1)
        let result = try TextPipeBinary.run([
            "report", folder.path("out.jsonl"), "--errors", folder.path("errors.jsonl"), "--stats", folder.path("stats.json"),
            "--output", folder.path("report.html"),
        ])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.contains("report of 1 documents (1 failed)"))
        let documents = try #require(try Self.embedded("tp-documents", inReportAt: folder.path("report.html")) as? [[String: Any]])
        #expect(documents.map { $0["i"] as? String } == ["one"])
        let overview = try #require(try Self.embedded("tp-run", inReportAt: folder.path("report.html")) as? [String: Any])
        #expect((overview["failures"] as? [[String]])?.first?.prefix(2) == ["two", "input"])
        #expect((overview["stats"] as? [String: Any])?["documents_read"] as? Int == 2)
    }

    @Test func aMissingOrMalformedInputExits2AndWritesNothing() throws {
        let folder = try TemporaryFolder()
        let missing = try TextPipeBinary.run(["report", folder.path("none.jsonl"), "--output", folder.path("r.html")])
        #expect(missing.status == 2)
        #expect(missing.standardError.contains("none.jsonl': no such file"))
        try folder.write("out.jsonl", #"{"id": "a", "text": "fine"}"# + "\nnot json\n")
        let malformed = try TextPipeBinary.run(["report", folder.path("out.jsonl"), "--output", folder.path("r.html")])
        #expect(malformed.status == 2)
        #expect(malformed.standardError.contains("out.jsonl:2: not JSON Lines"))
        try folder.write("good.jsonl", #"{"id": "a", "text": "fine"}"# + "\n")
        try folder.write("stats.json", "not a statistics file")
        let badStatistics = try TextPipeBinary.run([
            "report", folder.path("good.jsonl"), "--stats", folder.path("stats.json"), "--output", folder.path("r.html"),
        ])
        #expect(badStatistics.status == 2)
        #expect(badStatistics.standardError.contains("stats.json: not a statistics file"))
        #expect(!FileManager.default.fileExists(atPath: folder.path("r.html")))
        let overwrite = try TextPipeBinary.run(["report", folder.path("good.jsonl"), "--output", folder.path("good.jsonl")])
        #expect(overwrite.status == 2)
        #expect(try folder.read("good.jsonl") == #"{"id": "a", "text": "fine"}"# + "\n")
    }

    @Test func runWritesTheReportAtTheEnd() throws {
        let folder = try TemporaryFolder()
        let result = try TextPipeBinary.run([
            "run", "pipelines/news.yaml", "--output", folder.path("news.jsonl"), "--report", folder.path("news.html"),
        ])
        #expect(result.status == 0, "\(result.standardError)")
        let documents = try #require(try Self.embedded("tp-documents", inReportAt: folder.path("news.html")) as? [Any])
        #expect(documents.count == 16)
        let overview = try #require(try Self.embedded("tp-run", inReportAt: folder.path("news.html")) as? [String: Any])
        #expect(overview["title"] as? String == "news")
        #expect((overview["stats"] as? [String: Any])?["interrupted"] as? Bool == false)
    }

    @Test func aShardsReportIsNamedForTheShard() throws {
        let folder = try TemporaryFolder()
        let result = try TextPipeBinary.run([
            "run", "pipelines/news.yaml", "--output", folder.path("news.jsonl"), "--shard", "1/2",
            "--report", folder.path("news.html"), "--quiet",
        ])
        #expect(result.status == 0, "\(result.standardError)")
        let written = try jsonLines(try folder.read("news-1-of-2.jsonl"))
        let documents = try #require(try Self.embedded("tp-documents", inReportAt: folder.path("news-1-of-2.html")) as? [Any])
        #expect(documents.count == written.count)
        #expect(!FileManager.default.fileExists(atPath: folder.path("news.html")))
    }

    @Test func runRefusesAReportWithoutAnOutputFileBeforeProcessing() throws {
        let result = try TextPipeBinary.run([
            "run", "pipelines/news.yaml", "--output", "-", "--report", "/tmp/textpipe-never-written.html",
        ])
        #expect(result.status == 2)
        #expect(result.standardError.contains("--report needs an output file"))
        #expect(result.standardOutput.isEmpty)
    }

    @Test func anInterruptedRunReportsWhatWasDone() throws {
        let folder = try TemporaryFolder()
        try folder.writeLongCorpus("big.jsonl")
        let status = try TextPipeBinary.runInterrupted(
            [
                "run", "pipelines/news.yaml", "--input", folder.path("big.jsonl"), "--output", folder.path("out.jsonl"),
                "--report", folder.path("report.html"), "--quiet",
            ],
            after: 1.5)
        #expect(status == 130)
        let written = try jsonLines(try folder.read("out.jsonl"))
        #expect(written.count > 0 && written.count < 5000)
        let documents = try #require(try Self.embedded("tp-documents", inReportAt: folder.path("report.html")) as? [Any])
        #expect(documents.count == written.count)
        let overview = try #require(try Self.embedded("tp-run", inReportAt: folder.path("report.html")) as? [String: Any])
        #expect((overview["stats"] as? [String: Any])?["interrupted"] as? Bool == true)
    }
}
