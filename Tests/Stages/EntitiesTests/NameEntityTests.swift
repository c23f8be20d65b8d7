import Testing
import TextPipeCore
import TextPipeTesting

@testable import TextPipeEntities

/// People, organisations, places and MISC names from the built-in model,
/// written as the entities they should give.
@Suite struct NameEntityTests {
    private func check(_ source: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let marked = MarkedText(source)
        let entities = try found(marked.text)
        #expect(entities == expected(marked), sourceLocation: sourceLocation)
    }

    @Test func personPlaceAndDateTogether() throws {
        try check("[[Amelia Earhart|PERSON]] flew from [[Hawaii|LOC]] in [[1935|DATE]].")
    }

    @Test(arguments: [
        "Mr. [[Brown|PERSON]] resigned [[yesterday|DATE]].",
        "The speech by Prime Minister [[Nadia Okafor|PERSON]] was short.",
        "Talks with Dr. [[Elena Vasquez|PERSON]] went well.",
        "President [[Barack Obama|PERSON]] met [[German|MISC]] Chancellor [[Angela Merkel|PERSON]] in [[Washington|LOC]].",
    ])
    func titlesAreLeftOut(_ source: String) throws { try check(source) }

    @Test(arguments: [
        "She joined the [[Bank of Avalon|ORG]] in [[2010|DATE]].",
        "He studied at the [[University of Westmoor|ORG]] for years.",
        "The deal with [[NATO|ORG]] was signed.",
        "Officials in [[Baghdad|LOC]] said the [[United Nations|ORG]] would send a team to [[Iraq|LOC]].",
    ])
    func organisations(_ source: String) throws { try check(source) }

    @Test(arguments: [
        "Flights from [[New York|LOC]] to [[Tokyo|LOC]] were cancelled.",
        "we drove through [[texas|LOC]] and [[new mexico|LOC]] [[last summer|DATE]]",
        "Many [[British|MISC]] and [[French|MISC]] voters stayed home.",
    ])
    func placesAndNationalities(_ source: String) throws { try check(source) }

    @Test func aGreetingIsNotPartOfTheName() throws {
        try check("Dear [[Anna|PERSON]], see you in [[Berlin|LOC]].")
    }

    @Test func patternsWinOverNames() throws {
        // "Sunday" and "March" are capitalised, but the date rule takes them.
        try check("[[Jonas Berg|PERSON]] arrives on [[Sunday, March 3|DATE]].")
    }

    @Test(arguments: [
        "The weather was mild.",
        "However, the plan failed.",
        "I think it is fine.",
        "Thanks again for the help.",
        "Great Food And Friendly Staff",
    ])
    func nonNames(_ text: String) throws {
        let entities = try found(text, keeping: [.person, .organization, .location, .miscellaneous])
        #expect(entities == [])
    }

    @Test func namesHaveConfidencesBetweenZeroAndOne() throws {
        var document = segmentedDocument("Officials in Baghdad met Anna Berg and Ferren Aldous.")
        try EntitiesStage(options: .init()).process(&document)
        let confidences = try #require(document.entities).compactMap(\.confidence)
        #expect(confidences.count == document.entities?.count)
        #expect(confidences.allSatisfy { $0 > 0 && $0 < 1 })
    }
}
