import Testing
import TextPipeEval

@Suite struct PrecisionRecallTests {
    @Test func computesTheHarmonicMean() {
        let score = PrecisionRecall(truePositives: 3, predicted: 4, gold: 6)
        #expect(score.precision == 0.75)
        #expect(score.recall == 0.5)
        #expect(abs(score.f1 - 0.6) < 1e-12)
    }
}
