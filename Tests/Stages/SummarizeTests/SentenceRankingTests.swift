import Testing
import TextPipeCore
import TextPipeTesting
@testable import TextPipeSummarize

/// The parts of the sentence ranking: similarity of content words and the priors on centrality.
@Suite struct SentenceRankingTests {
    @Test func longerSentencesWinTiesButNotInProportion() {
        // Same position bonus for both: far down a long document.
        let scores = SentencePriors.apply(
            to: Array(repeating: 1, count: 1002), wordCounts: Array(repeating: 9, count: 1000) + [9, 36])
        let ratio = scores[1001] / scores[1000]
        #expect(ratio > 1.95 && ratio < 2.05, "four times the words, about twice the score: \(ratio)")
    }

    @Test func fragmentsAreScaledDown() {
        let scores = SentencePriors.apply(to: [1, 1], wordCounts: [2, 5])
        // Beyond the square root of the length, two words of five count two fifths.
        let expected = (2.0 / 5) * (2.0 / 5).squareRoot()
        #expect(abs(scores[0] / scores[1] - expected) < 0.05)
    }

    @Test func earlierSentencesWinTies() {
        let scores = SentencePriors.apply(to: [1, 1, 1], wordCounts: [12, 12, 12])
        #expect(scores[0] > scores[1] && scores[1] > scores[2])
        #expect(scores[0] / scores[2] < 1.1, "position is a small bonus, not a ranking of its own")
    }

    @Test func wordsOfEverySentenceCountInFull() throws {
        // "harbour" is in every sentence; an IDF over these sentences would all but
        // ignore it, though the words a document keeps coming back to are its topic.
        let document = segmentedDocument(
            """
            The harbour flooded.
            The harbour froze.
            Gulls circled the harbour.
            Tourists crowded the harbour.
            """)
        let vectors = try document.withUTF8 { bytes in
            SentenceVectors(
                sentences: try #require(document.sentences), tokens: try #require(document.tokens), bytes: bytes)
        }
        let graph = SimilarityGraph(vectors: vectors)
        // One shared word of two each, then of two and three.
        #expect(abs(graph.similarity(0, 1) - 0.5) < 1e-9)
        #expect(abs(graph.similarity(0, 2) - 1 / 6.0.squareRoot()) < 1e-9)
    }
}
