import Foundation
import Testing
import TextPipeCore
import TextPipeEval

/// A stand-in segmenter: every line is a sentence; a text containing "boom" fails.
private struct LineSentenceStage: Stage {
    typealias Options = NoOptions
    static let name = "segment"
    static let summary = "One sentence per line (test stage)."
    static let provides: [Annotation] = [.sentences]

    init(options: NoOptions) {}

    func process(_ document: inout Document) throws {
        if document.text.contains("boom") { throw StageError("boom") }
        var sentences: [Sentence] = []
        var start = 0
        for line in document.text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            sentences.append(Sentence(span: Span(start: start, end: start + line.count)))
            start += line.count + 1
        }
        document.sentences = sentences
    }
}

@Suite struct EvaluationTests {
    private let registry = StageRegistry([LineSentenceStage.self])

    private func goldFile(_ lines: [String]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("textpipe-eval-\(UUID().uuidString).jsonl").path
        try Data(lines.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    private let segmentGold = [
        #"{"id": "two-lines", "text": "One.\nTwo.", "sentences": ["One.", "Two."]}"#,
        #"{"id": "one-line", "text": "A. B.", "sentences": ["A.", "B."]}"#,
        #"{"id": "fails", "text": "boom", "sentences": ["boom"]}"#,
    ]

    @Test func scoresEveryDocumentAndCountsFailuresAsEmptyPredictions() throws {
        let path = try goldFile(segmentGold)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let report = try Evaluation(kind: .segment, registry: registry).run(gold: path)
        #expect(report.documents == 3)
        #expect(report.failures == 1)
        #expect(report.failureMessages.first?.hasPrefix("fails: stage 'segment'") == true)
        let scores = report.json.objectValue?["scores"]?.objectValue
        // Gold {4, 8}, {2, 4}, {4}; predicted {4, 8}, {4} (one line), nothing for the failure.
        #expect(scores?["gold_boundaries"] == .integer(5))
        #expect(scores?["predicted_boundaries"] == .integer(3))
        #expect(scores?["matched_boundaries"] == .integer(3))
        #expect(scores?["exact_documents"] == .integer(1))
        let lines = report.table.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("recall ") && $0.hasSuffix(" 0.600") })
        #expect(report.table.hasPrefix("eval segment · gold \(path) · pipeline default [segment] · 3 documents · 1 failed"))
    }

    @Test func limitReadsOnlyTheFirstDocuments() throws {
        let path = try goldFile(segmentGold)
        defer { try? FileManager.default.removeItem(atPath: path) }
        var options = EvaluationOptions()
        options.limit = 1
        let report = try Evaluation(kind: .segment, registry: registry, options: options).run(gold: path)
        #expect(report.documents == 1)
        #expect(report.failures == 0)
    }

    @Test func aPipelineWithoutTheNeededStageIsRefused() throws {
        let pipeline = try PipelineLoader(registry: registry).load(yaml: "stages: [segment]", file: "p.yaml")
        #expect(throws: EvaluationError.self) {
            try Evaluation(kind: .summary, pipeline: pipeline, pipelineName: "p.yaml")
        }
        #expect(throws: EvaluationError.self) { try Evaluation(kind: .entities, registry: registry) }
    }

    @Test func badGoldFilesSayWhereAndWhat() throws {
        let path = try goldFile([#"{"id": "x", "text": "A."}"#])
        defer { try? FileManager.default.removeItem(atPath: path) }
        let evaluation = try Evaluation(kind: .segment, registry: registry)
        #expect(throws: EvaluationError("\(path):1: missing 'sentences' (a list of strings)")) {
            try evaluation.run(gold: path)
        }
        #expect(throws: EvaluationError("cannot read gold file '/no/such/gold.jsonl': no such file")) {
            try evaluation.run(gold: "/no/such/gold.jsonl")
        }
    }
}
