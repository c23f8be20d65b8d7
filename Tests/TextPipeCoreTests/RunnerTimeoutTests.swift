import Foundation
import Testing
import TextPipeCore

/// Sleeps two seconds on documents whose text says "slow", as a stage stuck
/// on one input would.
private struct SlowStage: Stage {
    typealias Options = NoOptions
    static let name = "slow"
    static let summary = "Takes its time on some documents."
    static var provides: [Annotation] { [] }

    init(options: NoOptions) {}

    func process(_ document: inout Document) {
        if document.text.contains("slow") { Thread.sleep(forTimeInterval: 2) }
    }
}

/// Time limits: a document past one fails with a clear record, its worker is
/// replaced, and the rest of the run goes on in order.
@Suite struct RunnerTimeoutTests {
    private func run(_ pipeline: Pipeline, jobs: Int) throws -> (output: String, errors: String, statistics: RunStatistics) {
        let tree = try TemporaryDirectory()
        let lines = (0..<40).map { #"{"id": "doc-\#($0)", "text": "\#($0 == 7 || $0 == 23 ? "slow" : "quick") text"}"# }
        try tree.write("docs.jsonl", lines.joined(separator: "\n") + "\n")
        let statistics = try Runner(pipeline: pipeline, jobs: jobs).run(
            reader: DocumentReader(plan: InputPlan(inputs: [tree.path("docs.jsonl")]), maxDocumentBytes: 1_000_000),
            output: OutputFile(creating: tree.path("out.jsonl")), errors: OutputFile(creating: tree.path("errors.jsonl")))
        return (try tree.read("out.jsonl"), try tree.read("errors.jsonl"), statistics)
    }

    private func ids(_ text: String) throws -> [String] {
        try text.split(separator: "\n").map { try #require(JSONParser.parse(String($0)).objectValue?["id"]?.stringValue) }
    }

    @Test(arguments: [1, 3])
    func aStageTimeoutFailsOnlyTheSlowDocuments(jobs: Int) throws {
        let slow = ConfiguredStage(name: "slow", stage: SlowStage(options: NoOptions()), timeout: 150_000_000)
        let started = Date()
        let result = try run(Pipeline(stages: [slow]), jobs: jobs)
        // Two stuck documents, yet far less than their four seconds of sleep.
        #expect(Date().timeIntervalSince(started) < 1.8)
        #expect(try ids(result.output) == (0..<40).filter { $0 != 7 && $0 != 23 }.map { "doc-\($0)" })
        let errors = try result.errors.split(separator: "\n").map { try #require(JSONParser.parse(String($0)).objectValue) }
        #expect(errors.map { $0["id"]?.stringValue } == ["doc-7", "doc-23"])
        #expect(errors.allSatisfy { $0["stage"]?.stringValue == "slow" })
        #expect(errors.allSatisfy { $0["error"]?.stringValue == "timed out: stage 'slow' ran past its 150ms limit" })
        #expect(result.statistics.documentsRead == 40)
        #expect(result.statistics.documentsOK == 38 && result.statistics.documentsFailed == 2)
        #expect(result.statistics.unaccounted == 0)
    }

    @Test func aDocumentTimeoutCoversTheWholePipeline() throws {
        let slow = ConfiguredStage(name: "slow", stage: SlowStage(options: NoOptions()))
        let result = try run(Pipeline(timeout: 200_000_000, stages: [slow]), jobs: 2)
        #expect(try ids(result.errors) == ["doc-7", "doc-23"])
        #expect(result.errors.contains("timed out: the document ran past the 200ms limit (timeout)"))
        #expect(result.statistics.documentsOK == 38)
    }

    @Test func withoutLimitsEveryDocumentFinishes() throws {
        let quick = ConfiguredStage(name: "slow", stage: SlowStage(options: NoOptions()), timeout: nil)
        let tree = try TemporaryDirectory()
        try tree.write("docs.jsonl", #"{"id": "a", "text": "quick"}"# + "\n")
        let statistics = try Runner(pipeline: Pipeline(stages: [quick]), jobs: 1).run(
            reader: DocumentReader(plan: InputPlan(inputs: [tree.path("docs.jsonl")]), maxDocumentBytes: 1000),
            output: OutputFile(creating: tree.path("out.jsonl")), errors: OutputFile(creating: tree.path("errors.jsonl")))
        #expect(statistics.documentsOK == 1 && statistics.documentsRead == 1)
    }
}
