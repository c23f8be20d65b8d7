import Testing
import TextPipeCore
import TextPipeTesting

@testable import TextPipeEntities

/// People, organisations, places and MISC names, written as the entities they should give.
@Suite struct NameEntityTests {
    private func check(_ source: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let marked = MarkedText(source)
        let entities = try found(marked.text)
        #expect(entities == expected(marked), sourceLocation: sourceLocation)
    }

    @Test func personPlaceAndDateTogether() throws {
        try check("[[Ada Lovelace|PERSON]] visited [[Paris|LOC]] on [[March 22, 2024|DATE]].")
    }

    @Test(arguments: [
        "[[Yesterday|DATE]] Mr. [[Brown|PERSON]] resigned.",
        "The speech by Prime Minister [[Nadia Okafor|PERSON]] was short.",
        "Talks with Dr. [[Elena Vasquez|PERSON]] went well.",
        "[[US|LOC]] President [[Walter Hendricks|PERSON]] arrived late.",
        "Senator [[Ruth Okonkwo|PERSON]] and Mrs [[Tilly Harcourt|PERSON]] spoke first.",
    ])
    func titlesAreLeftOut(_ source: String) throws { try check(source) }

    @Test(arguments: [
        "Shares of [[Globex Corp|ORG]] rose sharply.",
        "She joined [[Bank of Avalon|ORG]] in [[2010|DATE]].",
        "[[Initech Holdings Ltd.|ORG]] filed its accounts.",
        "He studied at the [[University of Westmoor|ORG]] for years.",
        "Fans of [[Riverton United|ORG]] celebrated.",
        "A report by the [[Ministry of Trade and Industry|ORG]] followed.",
        "The deal with [[NATO|ORG]] was signed.",
        "Analysts at [[Hooli, Inc.|ORG]] disagreed.",
    ])
    func organisations(_ source: String) throws { try check(source) }

    @Test(arguments: [
        "Flights from [[New York|LOC]] to [[Tokyo|LOC]] were cancelled.",
        "Fishing boats crossed the [[Gulf of Carpentaria|LOC]] at dawn.",
        "They hiked along the [[Silver River|LOC]] all morning.",
        "Snow fell on [[Mount Kelvar|LOC]] overnight.",
        "Floods hit [[Northern Italy|LOC]] again.",
        "we drove through [[texas|LOC]] and [[new mexico|LOC]] [[last summer|DATE]]",
    ])
    func places(_ source: String) throws { try check(source) }

    @Test(arguments: [
        "Many [[British|MISC]] and [[French|MISC]] voters stayed home.",
        "[[Canadian|MISC]] officials met [[Mexican|MISC]] envoys.",
    ])
    func demonyms(_ source: String) throws { try check(source) }

    @Test func laterMentionsBorrowTheFullName() throws {
        try check(
            "[[Amelia Quimby|PERSON]] flew alone. Later, [[Quimby|PERSON]] wrote about it. "
                + "Staff at [[Zentrix Labs|ORG]] agreed, and [[Zentrix|ORG]] paid.")
    }

    @Test func aloneAnUnknownWordIsNotGuessed() throws {
        try check("Later, Quimby wrote about it.")
    }

    @Test func patternsWinOverNames() throws {
        // "Sunday" and "March" are capitalised but taken by the date first.
        try check("[[Jonas Berg|PERSON]] arrives on [[Sunday, March 3|DATE]] with [[Anna|PERSON]].")
    }

    @Test(arguments: [
        "The committee met today and However it ended.",
        "However, the plan failed.",
        "The weather was mild.",
        "Thanks again for the help.",
        "May we come in?",
        "I think it is fine.",
        "GREAT SERVICE AND FRIENDLY STAFF!",
        "Great Food And Friendly Staff",
    ])
    func nonNames(_ text: String) throws {
        let entities = try found(text, keeping: [.person, .organization, .location, .miscellaneous])
        #expect(entities == [])
    }

    @Test func sentenceInitialCommonWordIsDropped() throws {
        try check("Visiting [[Lisbon|LOC]] was the plan, and visiting friends too.")
    }

    @Test func greetingsPointToPeople() throws {
        try check("Hi [[Ondrej|PERSON]], see you soon.")
    }

    @Test func unknownPairsAreLowConfidencePeople() throws {
        var document = segmentedDocument("The award went to Ferren Aldous this year.")
        try EntitiesStage(options: .init()).process(&document)
        let person = try #require(document.entities?.first { $0.label == .person })
        #expect(document.text(of: person.span) == "Ferren Aldous")
        #expect((person.confidence ?? 1) < 0.5)
    }
}
