import Testing
import TextPipeEval

@Suite struct TextOverlapTests {
    @Test func wordsAreLowerCasedLetterAndDigitRuns() {
        #expect(WordRuns.words(in: "Ça coûte 5€, O'Neil!") == ["ça", "coûte", "5", "o", "neil"])
        #expect(WordRuns.words(in: "e\u{301}te\u{301}") == ["e\u{301}te\u{301}"])
    }

    @Test func bagOfWordsCountsRepeatsOnlyAsOftenAsTheTruthHasThem() {
        let score = TextOverlap.wordScore(predicted: "The cat, the cat sat on the mat!", truth: "the cat sat on the mat")
        // the: min(3, 2) + cat: min(2, 1) + sat + on + mat = 6 of 8 predicted, 6 of 6 true.
        #expect(score == PrecisionRecall(truePositives: 6, predicted: 8, gold: 6))
        #expect(score.precision == 0.75)
    }

    @Test func fourGramsPunishTheRepeatThatWordsForgive() {
        let score = TextOverlap.shingleScore(predicted: "The cat, the cat sat on the mat!", truth: "the cat sat on the mat")
        // 5 predicted shingles; "the cat sat on", "cat sat on the", "sat on the mat" are true.
        #expect(score == PrecisionRecall(truePositives: 3, predicted: 5, gold: 3))
        #expect(score.precision == 0.6)
    }

    @Test func repeatedShinglesInTheTruthNeedRepeatsInThePrediction() {
        let shingles = TextOverlap.shingleScore(predicted: "a b c d", truth: "a b c d a b c d")
        #expect(shingles == PrecisionRecall(truePositives: 1, predicted: 1, gold: 5))
        let words = TextOverlap.wordScore(predicted: "a b c d", truth: "a b c d a b c d")
        #expect(words.recall == 0.5)
    }

    @Test func shortTextsUseTheirWordsAsShingles() {
        let score = TextOverlap.shingleScore(predicted: "Hello, world", truth: "hello world")
        #expect(score == PrecisionRecall(truePositives: 2, predicted: 2, gold: 2))
    }

    @Test func macroAverageWeighsEachDocumentTheSame() {
        var average = MacroAverage()
        average.add(PrecisionRecall(truePositives: 1, predicted: 1, gold: 1))
        average.add(PrecisionRecall(truePositives: 0, predicted: 100, gold: 100))
        #expect(average.f1 == 0.5)
        #expect(average.count == 2)
    }
}
