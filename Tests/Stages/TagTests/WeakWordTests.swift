import Testing

/// Weak words end keyphrases and are no keywords themselves.
@Suite struct WeakWordTests {
    @Test func titlesEndAPhraseButTheNameStays() throws {
        try expectKeywords(
            """
            Mr [[Tobias Wren]] opened the [[harbour bakery]] before dawn.
            Mr Tobias Wren bakes rye loaves in the harbour bakery.
            Customers queue outside the harbour bakery, Mr Tobias Wren noted.
            Dr Okafor and Mrs Okafor buy rye loaves there, as does Prof Lindqvist.
            """,
            excluded: ["Mr", "Mrs", "Dr", "Prof", "Mr Tobias Wren", "Mr Tobias"])
    }

    @Test func lowerCaseAbbreviationsAreNoKeywords() throws {
        try expectKeywords(
            """
            The [[night ferry]] leaves at 9 p.m. from the pier.
            The night ferry returns at 6 a.m. on weekdays, e.g. Monday.
            Tickets for the night ferry sell out by 5 p.m. most days.
            """,
            excluded: ["p.m.", "a.m.", "e.g."])
    }

    @Test func initialismsInCapitalsStayKeywords() throws {
        try expectKeywords(
            """
            [[U.S.]] regulators fined the [[shipping firm]] on Friday.
            The shipping firm will appeal, and U.S. courts may hear it.
            Lawyers for the shipping firm called the U.S. fine unfair.
            """,
            excluded: [])
    }

    @Test func reportingAndFillerWordsAreNoKeywords() throws {
        try expectKeywords(
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
        try expectKeywords(
            """
            Flights to [[New York]] were delayed by the storm.
            The storm closed two airports near New York on Sunday.
            New rules let airlines rebook passengers, officials in New York said.
            """,
            excluded: ["new"])
    }
}
