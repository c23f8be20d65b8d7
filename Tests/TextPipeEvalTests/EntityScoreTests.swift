import Testing
import TextPipeEval

@Suite struct EntityScoreTests {
    private func span(_ start: Int, _ end: Int, _ label: String) -> LabeledSpan {
        LabeledSpan(start: start, end: end, label: label)
    }

    @Test func goldPERIsPERSON() {
        #expect(EntityScore.textpipeLabel("PER") == "PERSON")
        #expect(EntityScore.textpipeLabel("LOC") == "LOC")
    }

    @Test func exactNeedsSpanAndLabelSpanOnlyIgnoresTheLabel() {
        var score = EntityScore(labels: ["PERSON", "LOC"])
        score.add(
            predicted: [
                span(0, 3, "PERSON"),  // right
                span(10, 15, "PERSON"),  // right span, wrong label
                span(20, 24, "LOC"),  // right label, wrong span
                span(30, 35, "DATE"),  // label not scored: dropped
            ],
            gold: [span(0, 3, "PERSON"), span(10, 15, "LOC"), span(20, 25, "LOC")])
        #expect(score.exact == PrecisionRecall(truePositives: 1, predicted: 3, gold: 3))
        #expect(score.spanOnly == PrecisionRecall(truePositives: 2, predicted: 3, gold: 3))
        #expect(score.perLabel["PERSON"] == PrecisionRecall(truePositives: 1, predicted: 2, gold: 1))
        #expect(score.perLabel["LOC"] == PrecisionRecall(truePositives: 0, predicted: 1, gold: 2))
        #expect(score.perLabel["DATE"] == nil)
    }

    @Test func countsAddUpOverDocuments() {
        var score = EntityScore(labels: ["ORG"])
        score.add(predicted: [span(0, 2, "ORG")], gold: [span(0, 2, "ORG")])
        score.add(predicted: [], gold: [span(5, 9, "ORG")])
        #expect(score.exact.recall == 0.5)
        #expect(score.exact.precision == 1)
    }
}
