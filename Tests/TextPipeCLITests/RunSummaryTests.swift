import Testing
import TextPipe
@testable import TextPipeCLI

@Suite struct RunSummaryTests {
    private var statistics: RunStatistics {
        var statistics = RunStatistics()
        statistics.documentsOK = 98
        statistics.documentsFailed = 2
        statistics.inputBytes = 5_000_000
        statistics.wallSeconds = 2
        statistics.jobs = 2
        statistics.stageSeconds = [("input", 0.6), ("clean", 1.4), ("output", 2)]
        return statistics
    }

    @Test func summaryGivesCountsRatesAndStageShares() {
        let text = RunSummary.text(statistics, errorsPath: "out/errors.jsonl")
        #expect(text.contains("98 documents ok, 2 failed"))
        #expect(text.contains("5.00 MB in 2.00 s"))
        #expect(text.contains("50.0 docs/s"))
        #expect(text.contains("2.50 MB/s"))
        #expect(text.contains("input 15% · clean 35% · output 50%"))
        #expect(text.contains("failures recorded in out/errors.jsonl"))
    }

    @Test func statisticsJSONHasTheSameFigures() throws {
        guard case .object(let json) = statistics.json else {
            Issue.record("not an object")
            return
        }
        #expect(json["documents_ok"] == .integer(98))
        #expect(json["mb_per_second"] == .double(2.5))
        #expect(json["stages"]?.arrayValue?.count == 3)
    }
}
