import Testing
import TextPipeCore
import TextPipeTesting

@testable import TextPipeEntities

/// Dates, times, amounts and contact details, written as the entities they should give.
@Suite struct PatternEntityTests {
    private static let patternLabels: Set<EntityLabel> = [
        .date, .time, .money, .percent, .quantity, .email, .url, .phone,
    ]

    private func check(_ source: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let marked = MarkedText(source)
        let entities = try found(marked.text, keeping: Self.patternLabels)
        #expect(entities == expected(marked), sourceLocation: sourceLocation)
    }

    @Test(arguments: [
        "The vote is on [[March 22|DATE]] in the hall.",
        "It opened on [[22 March 2024|DATE]] after delays.",
        "Results are due [[April 30, 2024|DATE]], officials said.",
        "The law passed on [[Mar. 5|DATE]] with a wide margin.",
        "Files dated [[2024-03-01|DATE]] and [[03/01/2024|DATE]] were lost.",
        "The firm was founded in [[2019|DATE]] by two engineers.",
        "Prices have risen since [[1990|DATE]] across the board.",
        "We met [[last Tuesday|DATE]] and again [[next week|DATE]].",
        "Music from the [[1990s|DATE]] came back.",
        "The report came out [[Tuesday, March 22|DATE]] at last.",
        "Trading resumes [[tomorrow|DATE]].",
        "The [[2019-20|DATE]] season ended early.",
        "The war lasted [[1939-1945|DATE]] in Europe.",
        "They will return in [[May|DATE]] for talks.",
    ])
    func dates(_ source: String) throws { try check(source) }

    @Test(arguments: [
        "Doors open at [[5 a.m.|TIME]] sharp.",
        "The call starts at [[10:30|TIME]] and ends at [[11:15 pm|TIME]].",
        "Dinner is at [[7pm|TIME]] on the terrace.",
        "Markets close at [[14:00 GMT|TIME]] on weekdays.",
        "He woke at [[6 o'clock|TIME]] every day.",
    ])
    func times(_ source: String) throws { try check(source) }

    @Test(arguments: [
        "Profits reached [[$1.13bn|MONEY]] [[last quarter|DATE]].",
        "The club paid [[£600m|MONEY]] for players.",
        "A ticket costs [[€20|MONEY]] at the door.",
        "The aid package is worth [[US$5 million|MONEY]].",
        "She was offered [[5 million dollars|MONEY]] for the rights.",
        "Entry is [[20 euros|MONEY]] per person.",
        "The fee is [[Rs 500|MONEY]] for students.",
        "The deal is valued at [[$3.5 billion|MONEY]].",
        "A bowl of noodles costs [[¥100|MONEY]] there.",
        "He owes [[five hundred pounds|MONEY]] to the bank.",
    ])
    func money(_ source: String) throws { try check(source) }

    @Test(arguments: [
        "Turnout was [[76%|PERCENT]] in the north.",
        "Growth slowed to [[3.5 per cent|PERCENT]] [[this spring|DATE]].",
        "Sales fell [[12 percent|PERCENT]] overall.",
        "Support stands at [[76 %|PERCENT]] now.",
    ])
    func percentages(_ source: String) throws { try check(source) }

    @Test(arguments: [
        "The route is [[5 km|QUANTITY]] long.",
        "Each bag weighs [[10kg|QUANTITY]] when full.",
        "They walked [[3.5 miles|QUANTITY]] uphill.",
        "The ship carried [[200 tonnes|QUANTITY]] of grain.",
        "It reached [[40 degrees|QUANTITY]] at noon.",
        "A [[6-foot|QUANTITY]] fence surrounds the yard.",
        "The wall is [[6 feet|QUANTITY]] high.",
    ])
    func quantities(_ source: String) throws { try check(source) }

    @Test(arguments: [
        "Write to [[ada.lovelace@example.org|EMAIL]] for details.",
        "See [[https://example.com/docs?page=2|URL]] and [[www.example.net|URL]].",
        "The site [[example.com|URL]] is down.",
        "Call [[+1 (555) 010-2000|PHONE]] or [[555-010-2000|PHONE]].",
        "From abroad dial [[+44 20 7946 0958|PHONE]] instead.",
        "The office number is [[(020) 7946 0958|PHONE]].",
        "Visit ([[https://example.com/a_(b)|URL]]) [[today|DATE]].",
    ])
    func contacts(_ source: String) throws { try check(source) }

    @Test(arguments: [
        "The population grew to 12500000 by then.",
        "Prices rose 3.14159265 points.",
        "May I ask a question?",
        "The word march means to walk.",
        "He scored 1,234,567 points.",
        "Read file.txt and notes.md now.",
        "They took the U.S. route.",
        "The sprint is 100 m long.",
    ])
    func nonPatterns(_ text: String) throws {
        let entities = try found(text, keeping: Self.patternLabels)
        #expect(entities == [])
    }
}
