import Foundation
import Testing

@Suite struct RunCommandTests {
    @Test func newsPipelineAnnotatesEverySample() throws {
        let folder = try TemporaryFolder()
        let result = try TextPipeBinary.run(["run", "pipelines/news.yaml", "--output", folder.path("news.jsonl")])
        #expect(result.status == 0, "\(result.standardError)")
        let documents = try jsonLines(try folder.read("news.jsonl"))
        #expect(documents.count == 16)
        for document in documents {
            for key in ["id", "text", "meta", "sentences", "entities", "summary", "tags", "keywords"] {
                #expect(document[key] != nil, "\(document["id"] ?? "?") lacks \(key)")
            }
        }
        #expect(try folder.read("errors.jsonl").isEmpty)
        #expect(result.standardError.contains("16 documents ok, 0 failed"))
    }

    @Test func outputIsByteIdenticalForAnyJobCount() throws {
        let folder = try TemporaryFolder()
        let samples = try FileManager.default.contentsOfDirectory(
            atPath: TextPipeBinary.packageRoot.appendingPathComponent("samples/news").path
        ).filter { $0.hasSuffix(".txt") || $0.hasSuffix(".html") }.sorted()
        for index in 0..<300 {
            let sample = samples[index % samples.count]
            let text = try String(
                contentsOf: TextPipeBinary.packageRoot.appendingPathComponent("samples/news/\(sample)"), encoding: .utf8)
            let cut = text.index(text.startIndex, offsetBy: min(text.count, 200 + index * 7 % 1500))
            try folder.write(String(format: "corpus/doc-%03d-%@", index, sample), String(text[..<cut]))
        }
        var outputs: [String] = []
        for jobs in ["1", "4"] {
            let name = "out-\(jobs).jsonl"
            let result = try TextPipeBinary.run([
                "run", "pipelines/news.yaml", "--input", folder.path("corpus"), "--output", folder.path(name),
                "--jobs", jobs, "--quiet",
            ])
            #expect(result.status == 0, "\(result.standardError)")
            outputs.append(try folder.read(name))
        }
        #expect(try jsonLines(outputs[0]).count == 300)
        #expect(outputs[0] == outputs[1])
    }

    @Test func badFilesAreRecordedAndGoodOnesWritten() throws {
        let folder = try TemporaryFolder()
        try folder.write("in/a-good.txt", "A good document. It has two sentences.")
        try folder.write("in/b-binary.txt", Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0xFF]))
        try folder.write("in/c-latin1.txt", Data("Caf\u{E9} au lait. Tr\u{E8}s bon.".unicodeScalars.map { UInt8($0.value) }))
        try folder.write("in/d-empty.txt", "")
        try folder.write("in/e-good.md", "# Title\n\nAnother good one.")
        let result = try TextPipeBinary.run([
            "run", "pipelines/news.yaml", "--input", folder.path("in"), "--output", folder.path("out/result.jsonl"),
        ])
        #expect(result.status == 1)
        let written = try jsonLines(try folder.read("out/result.jsonl"))
        try #require(written.map { $0["id"] as? String } == ["a-good.txt", "c-latin1.txt", "e-good.md"])
        let latin1Meta = written[1]["meta"] as? [String: Any]
        #expect((latin1Meta?["warnings"] as? [String])?.first?.contains("invalid UTF-8") == true)
        #expect((written[1]["text"] as? String)?.contains("\u{FFFD}") == true)
        let errors = try jsonLines(try folder.read("out/errors.jsonl"))
        try #require(errors.map { $0["id"] as? String } == ["b-binary.txt", "d-empty.txt"])
        #expect(errors.allSatisfy { $0["stage"] as? String == "input" })
        #expect((errors[0]["error"] as? String)?.contains("binary") == true)
        #expect(result.standardError.contains("3 documents ok, 2 failed"))
    }

    @Test func readsJSONLinesFromStandardInputAndWritesToStandardOutput() throws {
        let input = """
            {"id": "one", "source": "wire", "text": "Dr. Ada Park met the minister in Paris on Monday. They talked about trade."}
            {"text": "No id here. Still fine."}
            {"id": "broken", "text": 42}

            """
        let result = try TextPipeBinary.run(["run", "pipelines/news.yaml", "--input", "-", "--output", "-"], standardInput: input)
        #expect(result.status == 1)
        let documents = try jsonLines(result.standardOutput)
        try #require(documents.map { $0["id"] as? String } == ["one", "stdin#2"])
        #expect((documents[0]["meta"] as? [String: Any])?["source"] as? String == "wire")
        #expect(result.standardError.contains("\"id\":\"broken\""))
    }

    @Test func missingInputIsAUsageError() throws {
        let result = try TextPipeBinary.run(["run", "pipelines/news.yaml", "--input", "no/such/folder", "--quiet"])
        #expect(result.status == 2)
        #expect(result.standardError.contains("input 'no/such/folder' does not exist"))
    }

    @Test func statisticsFileHasTheSummary() throws {
        let folder = try TemporaryFolder()
        let result = try TextPipeBinary.run([
            "run", "pipelines/news.yaml", "--output", folder.path("o.jsonl"), "--stats", folder.path("stats.json"),
            "--quiet",
        ])
        #expect(result.status == 0)
        #expect(result.standardError.isEmpty)
        let stats = try JSONSerialization.jsonObject(with: Data(try folder.read("stats.json").utf8)) as? [String: Any]
        #expect(stats?["documents_ok"] as? Int == 16)
        let stages = (stats?["stages"] as? [[String: Any]])?.compactMap { $0["name"] as? String }
        #expect(stages == ["input", "clean", "segment", "entities", "summarize", "tag", "output"])
    }
}

@Suite struct RunSafetyTests {
    @Test func refusesToOverwriteItsInput() throws {
        let folder = try TemporaryFolder()
        let line = #"{"id": "a", "text": "Keep me. I am the input."}"#
        try folder.write("feed.jsonl", line + "\n")
        let result = try TextPipeBinary.run([
            "run", "pipelines/news.yaml", "--input", folder.path("feed.jsonl"), "--output", folder.path("feed.jsonl"),
        ])
        #expect(result.status == 2)
        #expect(result.standardError.contains("is also an input"))
        #expect(try folder.read("feed.jsonl") == line + "\n")
    }

    @Test func interruptWritesTheDocumentsInFlightAndExits130() throws {
        let folder = try TemporaryFolder()
        try folder.writeLongCorpus("big.jsonl")
        let status = try TextPipeBinary.runInterrupted(
            ["run", "pipelines/news.yaml", "--input", folder.path("big.jsonl"), "--output", folder.path("out.jsonl"), "--quiet"],
            after: 1.5)
        #expect(status == 130)
        let written = try jsonLines(try folder.read("out.jsonl"))
        #expect(written.count > 0 && written.count < 5000)
        #expect(written.enumerated().allSatisfy { $0.element["id"] as? String == "doc-\($0.offset)" })
    }
}
