import Testing
import TextPipeEval

@Suite struct TagScoreTests {
    private var score: TagScore {
        var score = TagScore()
        score.add(predicted: "a", gold: "a")
        score.add(predicted: "b", gold: "a")
        score.add(predicted: "b", gold: "b")
        score.add(predicted: nil, gold: "b")
        score.add(predicted: "a", gold: "c")
        return score
    }

    @Test func accuracyCountsAMissingTagAsWrong() {
        #expect(score.accuracy == 0.4)
    }

    @Test func macroF1AveragesOverGoldCategories() {
        // a: P 1/2, R 1/2; b: P 1/2, R 1/2; c: never predicted, F 0.
        #expect(score.perCategory["a"]?.f1 == 0.5)
        #expect(score.perCategory["c"]?.f1 == 0)
        #expect(abs(score.macroF1 - 1.0 / 3) < 1e-12)
    }

    @Test func confusionsListMistakesMostFrequentFirst() {
        var score = self.score
        score.add(predicted: "a", gold: "c")
        let confusions = score.confusions(top: 2)
        #expect(confusions.map(\.gold) == ["c", "a"])
        #expect(confusions.map(\.predicted) == ["a", "b"])
        #expect(confusions.first?.count == 2)
    }
}
