import Testing
import TextPipeCore
import TextPipeTesting

@testable import TextPipeEntities

/// How news wires lay out stories: sports results and league tables (sides
/// are clubs or countries, scorers people) and datelines (the place filed from).
@Suite struct WireLayoutTests {
    private func check(_ source: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let marked = MarkedText(source)
        #expect(try found(marked.text) == expected(marked), sourceLocation: sourceLocation)
    }

    @Test func resultsNameTwoSides() throws {
        try check("Results on [[Saturday|DATE]]:\n[[Harbour City|ORG]] 2 [[Westbrook|ORG]] 1\n[[Millbank Wednesday|ORG]] 0 [[Eastleigh Rovers|ORG]] 3")
    }

    @Test func scorersInBracketsArePeople() throws {
        try check("[[Millbank|ORG]] 1 ( [[Okafor|PERSON]] 37 ) [[Eastleigh|ORG]] 2 ( [[Lund|PERSON]] 12 , [[Kaye|PERSON]] 80 )")
    }

    @Test func tableRowsNameTheirSide() throws {
        try check("[[Northgate|ORG]] 9 6 2 1 18-8 20\n[[St. Brennan|ORG]] 9 5 3 1 15-7 18")
    }

    @Test func countriesAreNationalSides() throws {
        try check("[[Brazil|LOC]] 1 [[New Zealand|LOC]] 1 .")
    }

    @Test(arguments: [
        "[[KESTREL BAY|LOC]] [[1996-12-06|DATE]]\nThe council met.",
        "[[PORT ELSBY|LOC]], [[Costa Rica|LOC]] [[2024-03-01|DATE]]\nThe council met.",
    ])
    func datelinesNameThePlace(_ source: String) throws { try check(source) }

    @Test func aDateInsideProseMakesNoDateline() {
        let places = withTokenText("The COUNCIL met 2024-03-01\nLater.") { text, _ in
            Datelines.entities(in: text, dates: EntityRecognizer.patterns(in: text, sentences: [0..<text.count]))
        }
        #expect(places.isEmpty)
    }

    @Test(arguments: [
        "Harbour City 2 Westbrook 1 on Sunday",
        "Harbour City won 2 Westbrook 1",
        "Northgate 9 6",
    ])
    func otherLinesAreNoScoreLines(_ line: String) {
        let sides = withTokenText(line) { text, _ in ScoreLines.entities(in: text) }
        #expect(sides.isEmpty)
    }
}
