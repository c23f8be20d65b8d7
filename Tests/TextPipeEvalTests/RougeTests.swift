import Testing
import TextPipeEval

@Suite struct RougeTests {
    @Test func unigramsBigramsAndLCSOfAShortCandidate() {
        let score = Rouge.score(candidate: ["The cat sat."], reference: ["The cat sat on the mat."])
        // ROUGE-1: 3 shared of 3 and 6: P 1, R 1/2, F 2/3.
        #expect(abs(score.rouge1 - 2.0 / 3) < 1e-12)
        // ROUGE-2: "the cat", "cat sat" of 2 and 5: P 1, R 2/5, F 4/7.
        #expect(abs(score.rouge2 - 4.0 / 7) < 1e-12)
        #expect(abs(score.rougeLsum - 2.0 / 3) < 1e-12)
    }

    @Test func summaryLevelLCSUnitesTheCandidateSentences() {
        // Lin (2004), section 3.2: r = w1..w5, c1 = w1 w2 w6 w7 w8, c2 = w1 w3 w8 w9 w5.
        // Union LCS = w1 w2 w3 w5: 4 hits, R = 4/5, P = 4/10, F = 8/15.
        let score = Rouge.score(candidate: ["w1 w2 w6 w7 w8", "w1 w3 w8 w9 w5"], reference: ["w1 w2 w3 w4 w5"])
        #expect(abs(score.rougeLsum - 8.0 / 15) < 1e-12)
        #expect(abs(score.rouge1 - 8.0 / 15) < 1e-12)
        // Bigrams run across the candidate's sentences (9 of them); only "w1 w2" is shared: F = 2/13.
        #expect(abs(score.rouge2 - 2.0 / 13) < 1e-12)
    }

    @Test func aCandidateTokenIsUsedOnlyOnceAcrossReferenceSentences() {
        // Both reference sentences share w1 with the candidate, but it has one w1: 1 hit of 4.
        let score = Rouge.score(candidate: ["w1"], reference: ["w1 w2", "w1 w3"])
        #expect(abs(score.rougeLsum - 0.4) < 1e-12)
    }

    @Test func stemmingMatchesRunningAndRuns() {
        #expect(Rouge.tokens("Running runs RUN") == ["run", "run", "run"])
        // Three-letter words stay unstemmed, as in rouge-score: "was" is not "wa".
        #expect(Rouge.tokens("She was") == ["she", "was"])
        let score = Rouge.score(candidate: ["She was running."], reference: ["She runs."])
        // she, was, run against she, run: P 2/3, R 1, F 0.8.
        #expect(abs(score.rouge1 - 0.8) < 1e-12)
    }

    @Test func referenceSplitsAfterEndMarksFollowedBySpace() {
        #expect(
            Rouge.referenceSentences("Prices rose 2.5% today. Why?  Nobody knows!No space.")
                == ["Prices rose 2.5% today.", "Why?", "Nobody knows!No space."])
    }

    @Test func anEmptyCandidateScoresZero() {
        #expect(Rouge.score(candidate: [], reference: ["Something."]) == RougeScore(rouge1: 0, rouge2: 0, rougeLsum: 0))
    }
}
