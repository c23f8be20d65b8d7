import Testing
import TextPipeEval

@Suite struct KeywordScoreTests {
    @Test func normalisingLowerCasesSplitsAndStems() {
        #expect(KeywordScore.normalised("Running Shoes") == "run shoe")
        #expect(KeywordScore.normalised("running-shoes") == "run shoe")
        #expect(KeywordScore.normalised("--") == "")
    }

    @Test func duplicatesAfterNormalisingCountOnce() {
        let gold = ["running shoes", "Running shoe", "prices", "the market"]
        let predicted = ["run shoes", "Price", "running shoe", "weather", "markets"]
        // Top 4 normalised: run shoe, price, run shoe (again), weather: 2 matches of 3 kept, 3 distinct gold.
        #expect(
            KeywordScore.score(predicted: predicted, gold: gold, k: 4)
                == PrecisionRecall(truePositives: 2, predicted: 3, gold: 3))
        #expect(
            KeywordScore.score(predicted: predicted, gold: gold, k: 2)
                == PrecisionRecall(truePositives: 2, predicted: 2, gold: 3))
    }
}
