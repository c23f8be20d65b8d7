import Testing
import TextPipeCore
import TextPipeTesting
import TextPipeEval

@Suite struct BoundaryScoreTests {
    @Test func goldBoundariesCountOnlyNonWhitespace() {
        let boundaries = BoundaryScore.goldBoundaries(sentences: ["Hello  world.", "It is\n fine!", "Ok"])
        // 5 + 6 = 11; then 2 + 2 + 5 = 9 more; then 2 more.
        #expect(boundaries == [11, 20, 22])
    }

    @Test func predictedBoundariesConvertBytesOfAccentedText() {
        let marked = MarkedText("[[Café  ok.]] [[Très]]\n [[bien!]]")
        let boundaries = BoundaryScore.predictedBoundaries(text: marked.text, sentenceEnds: marked.marks.map(\.span.end))
        #expect(boundaries == [7, 11, 16])
        #expect(BoundaryScore.goldBoundaries(sentences: ["Café ok.", "Très bien!"]) == [7, 16])
    }

    @Test func countsAreSummedOverDocumentsAndExactIsPerDocument() {
        var score = BoundaryScore()
        score.add(predicted: [7, 11, 16], gold: [7, 16])
        score.add(predicted: [3], gold: [3])
        #expect(score.counts == PrecisionRecall(truePositives: 3, predicted: 4, gold: 3))
        #expect(score.counts.precision == 0.75)
        #expect(score.counts.recall == 1)
        #expect(score.exact == 0.5)
        #expect(score.exactDocuments == 1)
    }
}
