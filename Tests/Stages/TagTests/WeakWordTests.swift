import Testing
import TextPipeCore
import TextPipeTesting
@testable import TextPipeTag

/// Keywords of a marked text: every marked phrase must come out as a
/// keyword, and no keyword may be one of `excluded` (compared ignoring case).
@Suite struct WeakWordTests {
    private func check(_ source: String, excluded: [String]) throws {
        let marked = MarkedText(source)
        var document = segmentedDocument(marked.text)
        try TagStage(options: TagStage.Options()).process(&document)
        let keywords = try #require(document.keywords).map(\.text)
        for mark in Set(marked.marks.map(\.text)) {
            #expect(keywords.contains(mark), "\(mark) missing from \(keywords)")
        }
        for word in excluded {
            #expect(!keywords.contains { $0.lowercased() == word.lowercased() }, "\(word) in \(keywords)")
        }
    }

    @Test func titlesEndAPhraseButTheNameStays() throws {
        try check(
            """
            Mr [[Tobias Wren]] opened the [[harbour bakery]] before dawn.
            Mr Tobias Wren bakes rye loaves in the harbour bakery.
            Customers queue outside the harbour bakery, Mr Tobias Wren noted.
            Dr Okafor and Mrs Okafor buy rye loaves there, as does Prof Lindqvist.
            """,
            excluded: ["Mr", "Mrs", "Dr", "Prof", "Mr Tobias Wren", "Mr Tobias"])
    }

    @Test func lowerCaseAbbreviationsAreNoKeywords() throws {
        try check(
            """
            The [[night ferry]] leaves at 9 p.m. from the pier.
            The night ferry returns at 6 a.m. on weekdays, e.g. Monday.
            Tickets for the night ferry sell out by 5 p.m. most days.
            """,
            excluded: ["p.m.", "a.m.", "e.g."])
    }

    @Test func initialismsInCapitalsStayKeywords() throws {
        try check(
            """
            [[U.S.]] regulators fined the [[shipping firm]] on Friday.
            The shipping firm will appeal, and U.S. courts may hear it.
            Lawyers for the shipping firm called the U.S. fine unfair.
            """,
            excluded: [])
    }

    @Test func reportingAndFillerWordsAreNoKeywords() throws {
        try check(
            """
            The [[water board]] said prices would rise next year.
            The water board told customers the rise was the first in three years.
            Last week the water board added that people could pay monthly.
            According to the water board, two new reservoirs will open this year.
            """,
            excluded: ["said", "told", "added", "according", "year", "years", "week", "people", "new", "first",
                "last", "two", "three", "new reservoirs"])
    }

    @Test func fillerWordsInNamesStay() throws {
        try check(
            """
            Flights to [[New York]] were delayed by the storm.
            The storm closed two airports near New York on Sunday.
            New rules let airlines rebook passengers, officials in New York said.
            """,
            excluded: ["new"])
    }
}
