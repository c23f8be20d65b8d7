import Testing
import TextPipeCore
@testable import TextPipeClean

@Suite struct TextMetadataTests {
    @Test func aScrapedTextGivesTitleAuthorAndDateAndLosesItsHeader() throws {
        let text = """
            Ferry operator orders two electric boats for the island route

            author-image
            Morwenna Tregothnan
            Updated On: 02 Apr 2024, 07:05 PM IST
            New Update
            Ferry operator orders two electric boats for the island route
            Share this article

            The operator of the island ferry has ordered two battery-powered boats, which will replace its diesel vessels from next spring.

            Also read: Island council asks for a second look at the harbour car park plans after a wave of complaints

            The boats will be built at a yard on the mainland.
            """
        let document = try cleaned(text)
        #expect(document.meta["title"] == .string("Ferry operator orders two electric boats for the island route"))
        #expect(document.meta["author"] == .string("Morwenna Tregothnan"))
        #expect(document.meta["date"] == .string("2024-04-02T19:05:00"))
        #expect(document.text == """
            Ferry operator orders two electric boats for the island route

            The operator of the island ferry has ordered two battery-powered boats, which will replace its diesel vessels from next spring.

            The boats will be built at a yard on the mainland.
            """)
    }

    @Test(arguments: [
        ("By Ines Albarrán and Tom Okoro", "Ines Albarrán, Tom Okoro", nil),
        ("By INES ALBARRÁN | 4 June 2024", "INES ALBARRÁN", "2024-06-04"),
        ("Ines Albarrán, Transport Correspondent", "Ines Albarrán", nil),
        ("Ines Albarrán | June 4, 2024 9:30 am", "Ines Albarrán", "2024-06-04T09:30:00"),
        ("Ines de la Vega and Tom Okoro", "Ines de la Vega, Tom Okoro", nil),
        ("Written by Ines Albarrán — Tuesday 4 June 2024", "Ines Albarrán", "2024-06-04"),
    ])
    func bylinesGiveAuthorAndDate(byline: String, author: String, date: String?) throws {
        let document = try cleaned("Ferry timetable changes\n\n\(byline)\n\nThe new timetable starts on Monday.")
        #expect(document.meta["author"] == .string(author))
        #expect(document.meta["date"] == date.map(JSONValue.string))
        #expect(document.text == "Ferry timetable changes\n\nThe new timetable starts on Monday.")
    }

    @Test(arguments: [
        "The plan", "Background", "Key Findings", "Executive Summary", "Breaking News", "What Happens Next",
        "Ines Albarrán said no.", "Tom Okoro (right)", "City Council", "Market Outlook",
    ])
    func headingsAndShortParagraphsAtTheTopStay(line: String) throws {
        let text = "Ferry timetable changes\n\n\(line)\n\nThe new timetable starts on Monday."
        let document = try cleaned(text)
        #expect(document.text == text)
        #expect(document.meta["author"] == nil)
    }

    @Test func aBareNameBelowTheFirstParagraphIsText() throws {
        let text = """
            Ferry timetable changes

            The new timetable starts on Monday.

            Tom Okoro

            He has run the ferry for twenty years.
            """
        let document = try cleaned(text)
        #expect(document.text == text)
        #expect(document.meta["author"] == nil)
    }

    @Test func thePublishedDateWinsOverTheUpdatedOne() throws {
        let text = """
            Ferry timetable changes

            Updated: 6 June 2024
            Published: 4 June 2024

            The new timetable starts on Monday.
            """
        #expect(try cleaned(text).meta["date"] == .string("2024-06-04"))
    }

    @Test func aDateLineInTheHeaderGoesToMeta() throws {
        let document = try cleaned("Ferry timetable changes\n\nTuesday, 4 June 2024\n\nThe new timetable starts on Monday.")
        #expect(document.meta["date"] == .string("2024-06-04"))
        #expect(document.text == "Ferry timetable changes\n\nThe new timetable starts on Monday.")
    }

    @Test func anUnreadableDateSetsNoDate() throws {
        let document = try cleaned("Ferry timetable changes\n\nUpdated: 2 hours ago\n\nThe new timetable starts on Monday.")
        #expect(document.meta["date"] == nil)
        #expect(document.text == "Ferry timetable changes\n\nThe new timetable starts on Monday.")
    }

    @Test func onlyAHeadlineIsATitle() throws {
        // A sentence, a line with text right below it, a line longer than a headline.
        let texts = [
            "The ferry service resumed on Tuesday.\n\nPassengers were pleased.",
            "Ferry timetable changes\nThe new timetable starts on Monday.",
            String(repeating: "Ferry ", count: 40) + "\n\nText.",
            "Ferry chief says: \u{201C}We are back.\u{201D}\n\nText.",
        ]
        for text in texts {
            #expect(try cleaned(text).meta["title"] == nil)
        }
        #expect(try cleaned("Is the ferry back?\n\nYes.").meta["title"] == .string("Is the ferry back?"))
    }

    @Test func keysTheDocumentHasAreKept() throws {
        let given: JSONObject = ["title": .string("Given title"), "author": .string("Given author")]
        let document = try cleaned(
            "Ferry timetable changes\n\nBy Ines Albarrán — 4 June 2024\n\nThe new timetable starts on Monday.", meta: given)
        #expect(document.meta["title"] == .string("Given title"))
        #expect(document.meta["author"] == .string("Given author"))
        #expect(document.meta["date"] == .string("2024-06-04"))
        #expect(!document.text.contains("Ines"))
    }

    @Test func withoutBoilerplateRemovalTheTextStaysWholeAndGivesNothing() throws {
        let text = "Ferry timetable changes\n\nInes Albarrán\n\nThe new timetable starts on Monday."
        let document = try cleaned(text) { $0.boilerplate = false }
        #expect(document.text == text)
        #expect(document.meta.isEmpty)
    }

    @Test func markdownGivesItsFirstHeadingAndItsByline() throws {
        let markdown = """
            Intro text before the title.

            # Ferry *timetable* changes

            *By Ines Albarrán — June 4, 2024*

            ## The plan

            The new timetable starts on Monday.

            # A second top heading
            """
        let document = try cleaned(markdown, format: .markdown)
        #expect(document.meta["title"] == .string("Ferry timetable changes"))
        #expect(document.meta["author"] == .string("Ines Albarrán"))
        #expect(document.meta["date"] == .string("2024-06-04"))
        #expect(!document.text.contains("Ines"))
        #expect(document.text.contains("The plan\n\nThe new timetable"))
    }
}
