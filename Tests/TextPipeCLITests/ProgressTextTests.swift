import Testing
import TextPipe
@testable import TextPipeCLI

@Suite struct ProgressTextTests {
    private func text(done: Int = 120, failed: Int = 0, totalDocuments: Int? = 300) -> ProgressText {
        var progress = RunProgress()
        progress.documentsDone = done
        progress.documentsFailed = failed
        progress.bytesDone = 400_000
        return ProgressText(progress: progress, totalDocuments: totalDocuments, totalBytes: 1_000_000, elapsed: 20)
    }

    @Test func aWideTerminalGetsEveryPart() {
        let line = text(failed: 3).line(width: 120)
        #expect(line == "40% · 120/300 docs · 3 failed · 0:20 elapsed · ETA 0:30 · 0.02 MB/s · 6.0 docs/s")
    }

    @Test func aNarrowTerminalKeepsPercentElapsedAndETA() {
        let line = text().line(width: 40)
        #expect(line == "40% · 0:20 elapsed · ETA 0:30")
        for width in [10, 20, 30, 40, 50, 60, 70, 80, 100] {
            for failed in [0, 12] {
                #expect(text(failed: failed).line(width: width).count <= width - 1, "width \(width)")
            }
        }
        #expect(text().line(width: 12) == "40%")
    }

    @Test func withoutADocumentTotalThePercentageComesFromBytes() {
        let line = text(done: 50, totalDocuments: nil).line(width: 200)
        #expect(line.hasPrefix("40% · 50 docs · "))
    }

    @Test func withALimitTheShareAndETAComeFromTheDocuments() {
        var progress = RunProgress()
        progress.documentsDone = 50
        progress.bytesDone = 400_000
        let limited = ProgressText(progress: progress, totalDocuments: 200, totalBytes: 0, elapsed: 10)
        #expect(limited.line(width: 200).hasPrefix("25% · 50/200 docs · 0:10 elapsed · ETA 0:30"))
    }

    @Test func longRunsShowHours() {
        #expect(ProgressText.duration(3 * 3600 + 61) == "3:01:01")
        #expect(ProgressText.duration(59.6) == "1:00")
    }
}
