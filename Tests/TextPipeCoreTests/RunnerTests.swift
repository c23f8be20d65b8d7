import Foundation
import Testing
import TextPipeCore

/// Records the delay a document got, so the output shows each was processed.
private enum DelayKey: AnnotationKey {
    typealias Value = Int
    static let name = "delay_us"
}

/// Sleeps a few hundred microseconds per document, the same for an id on every
/// run, so parallel workers finish out of order.
private struct JitterStage: Stage {
    typealias Options = NoOptions
    static let name = "jitter"
    static let summary = "Sleeps a little per document."
    static var provides: [Annotation] { [] }

    init(options: NoOptions) {}

    func process(_ document: inout Document) {
        let delay = Self.microseconds(for: document.id)
        usleep(delay)
        document.annotations[DelayKey.self] = Int(delay)
    }

    /// 100–499 µs from an FNV-1a hash of the id.
    static func microseconds(for id: String) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        for byte in id.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return 100 + hash % 400
    }
}

/// Fails every document whose id contains "bad".
private struct RejectStage: Stage {
    typealias Options = NoOptions
    static let name = "reject"
    static let summary = "Refuses bad documents."
    static var provides: [Annotation] { [] }

    init(options: NoOptions) {}

    func process(_ document: inout Document) throws {
        if document.id.contains("bad") { throw StageError("refusing \(document.id)") }
    }
}

@Suite struct RunnerTests {
    /// One id per line of the corpus; every tenth from the tenth on is "bad", and
    /// line 151 is not JSON at all.
    private static let corpusSize = 300
    private static let brokenIndex = 150

    private static func id(_ index: Int) -> String {
        index % 10 == 0 && index > 0 ? String(format: "bad-%03d", index) : String(format: "doc-%03d", index)
    }

    private static func corpusLines() -> [String] {
        (0..<corpusSize).map { index in
            index == brokenIndex
                ? #"{"id": "broken", "text": "#
                : #"{"id": "\#(id(index))", "text": "Document number \#(index) – naïve.", "n": \#(index)}"#
        }
    }

    /// Rejected documents plus the broken line (whose index is itself a multiple of ten).
    private static let expectedFailures = (0..<corpusSize).filter { id($0).contains("bad") || $0 == brokenIndex }.count

    private struct RunResult {
        var output: String
        var errors: String
        var statistics: RunStatistics
        var progress: RunProgress
    }

    private func run(jobs: Int, onError: ErrorPolicy = .continue, in tree: TemporaryDirectory) throws -> RunResult {
        let pipeline = Pipeline(
            onError: onError,
            stages: [try ConfiguredStage(JitterStage.self), try ConfiguredStage(RejectStage.self)])
        let plan = try InputPlan(inputs: [tree.path("docs.jsonl")])
        let runner = Runner(pipeline: pipeline, jobs: jobs)
        let statistics = try runner.run(
            reader: DocumentReader(plan: plan, maxDocumentBytes: pipeline.maxDocumentBytes),
            output: OutputFile(creating: tree.path("out-\(jobs).jsonl")),
            errors: OutputFile(creating: tree.path("errors-\(jobs).jsonl")))
        return RunResult(
            output: try tree.read("out-\(jobs).jsonl"), errors: try tree.read("errors-\(jobs).jsonl"),
            statistics: statistics, progress: runner.progress)
    }

    private func lines(_ text: String) throws -> [JSONObject] {
        try text.split(separator: "\n").map { line in try #require(try JSONParser.parse(String(line)).objectValue) }
    }

    private func corpus() throws -> TemporaryDirectory {
        let tree = try TemporaryDirectory()
        try tree.write("docs.jsonl", Self.corpusLines().joined(separator: "\n") + "\n")
        return tree
    }

    @Test func outputIsTheSameInInputOrderWhateverTheJobs() throws {
        let tree = try corpus()
        defer { tree.remove() }
        let serial = try run(jobs: 1, in: tree)
        let parallel = try run(jobs: 4, in: tree)

        #expect(serial.output == parallel.output)
        #expect(serial.errors == parallel.errors)

        let expectedIDs = (0..<Self.corpusSize).filter { $0 != Self.brokenIndex }.map(Self.id).filter { !$0.contains("bad") }
        let written = try lines(parallel.output)
        #expect(written.map { $0["id"]?.stringValue ?? "" } == expectedIDs)
        #expect(written.first?["text"] == .string("Document number 0 – naïve."))
        #expect(written.first?["meta"] == .object(["n": .number("0")]))
        #expect(written.allSatisfy { $0["delay_us"]?.intValue.map { (100..<500).contains($0) } == true })
    }

    @Test func failuresGoToTheErrorsFileInOrder() throws {
        let tree = try corpus()
        defer { tree.remove() }
        let result = try run(jobs: 4, in: tree)
        let errors = try lines(result.errors)
        #expect(errors.count == Self.expectedFailures)
        #expect(errors.count == 29)
        #expect(errors.first?.keys == ["id", "stage", "error"])
        #expect(errors.first == ["id": .string("bad-010"), "stage": .string("reject"), "error": .string("refusing bad-010")])
        let broken = try #require(errors.first { $0["stage"] == .string("input") })
        #expect(broken["id"] == .string("docs.jsonl#151"))
        #expect(broken["error"]?.stringValue?.hasPrefix("invalid JSON") == true)
        let failedIDs = errors.map { $0["id"]?.stringValue ?? "" }
        #expect(failedIDs == failedIDs.sorted { $0.suffix(3) < $1.suffix(3) })
    }

    @Test func statisticsCountWhatHappened() throws {
        let tree = try corpus()
        defer { tree.remove() }
        let result = try run(jobs: 3, in: tree)
        let statistics = result.statistics
        #expect(statistics.documentsOK == Self.corpusSize - Self.expectedFailures)
        #expect(statistics.documentsFailed == Self.expectedFailures)
        #expect(statistics.documents == Self.corpusSize)
        #expect(statistics.jobs == 3)
        #expect(!statistics.stoppedEarly)
        #expect(statistics.inputBytes == Self.corpusLines().reduce(0) { $0 + $1.utf8.count })
        #expect(statistics.stageSeconds.map(\.name) == ["input", "jitter", "reject", "output"])
        // Over 270 documents sleep at least 100 µs each in the jitter stage.
        #expect(statistics.stageSeconds[1].seconds >= 0.027)
        #expect(result.progress.documentsDone == Self.corpusSize)
        #expect(result.progress.documentsFailed == Self.expectedFailures)
    }

    @Test func failPolicyStopsAtTheFirstFailureWithOneJob() throws {
        let tree = try corpus()
        defer { tree.remove() }
        let result = try run(jobs: 1, onError: .fail, in: tree)
        #expect(result.statistics.stoppedEarly)
        #expect(result.statistics.documentsOK == 10)
        #expect(result.statistics.documentsFailed == 1)
        #expect(try lines(result.errors).map { $0["id"]?.stringValue } == ["bad-010"])
    }

    @Test func failPolicyStopsEarlyWithSeveralJobs() throws {
        let tree = try corpus()
        defer { tree.remove() }
        let result = try run(jobs: 4, onError: .fail, in: tree)
        #expect(result.statistics.stoppedEarly)
        #expect(result.statistics.documentsFailed >= 1)
        #expect(result.statistics.documents < Self.corpusSize / 2)
        #expect(try lines(result.errors).first?["id"] == .string("bad-010"))
        let written = try lines(result.output).map { $0["id"]?.stringValue ?? "" }
        #expect(Array(written.prefix(10)) == (0..<10).map(Self.id))
    }

    @Test func filesOfADirectoryRunWithRelativeIDs() throws {
        let tree = try TemporaryDirectory()
        defer { tree.remove() }
        try tree.write("in/b/second.txt", "Second.")
        try tree.write("in/a.md", "First.")
        try tree.write("in/c/empty.txt", "")
        let pipeline = Pipeline(stages: [try ConfiguredStage(RejectStage.self)])
        let statistics = try Runner(pipeline: pipeline, jobs: 2).run(
            reader: DocumentReader(plan: try InputPlan(inputs: [tree.path("in")]), maxDocumentBytes: 1_000),
            output: OutputFile(creating: tree.path("out/nested/result.jsonl")),
            errors: OutputFile(creating: tree.path("out/nested/errors.jsonl")))
        #expect(statistics.documentsOK == 2 && statistics.documentsFailed == 1)
        let written = try lines(try tree.read("out/nested/result.jsonl"))
        #expect(written.map { $0["id"]?.stringValue ?? "" } == ["a.md", "b/second.txt"])
        #expect(written.map { $0["text"]?.stringValue ?? "" } == ["First.", "Second."])
        #expect(try tree.read("out/nested/errors.jsonl")
            == #"{"id":"c/empty.txt","stage":"input","error":"empty file; nothing to process"}"# + "\n")
    }
}
