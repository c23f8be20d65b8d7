import Testing
import TextPipeCore
@testable import TextPipeClean

private func withoutRepeats(_ text: String) throws -> Document {
    try cleaned(text) { $0.boilerplate = false }
}

@Suite struct RepeatedLinesTests {
    @Test func dropsLaterCopiesOfShortLinesRepeatedThreeTimes() throws {
        let text = """
            Harbour reopens
            Click to enlarge
            The harbour reopened on Tuesday.
            Click to enlarge
            Ships queued outside.
            Click to enlarge
            """
        let document = try withoutRepeats(text)
        #expect(document.text == """
            Harbour reopens
            Click to enlarge
            The harbour reopened on Tuesday.
            Ships queued outside.
            """)
        #expect(document.meta["removed_lines"] == .integer(2))
    }

    @Test func keepsLinesRepeatedOnlyTwiceOrWithoutLetters() throws {
        let text = """
            Photo gallery\nFirst part.\nPhoto gallery\nSecond part.
            * * *\nThird.\n* * *\nFourth.\n* * *\n42\nx\n42\ny\n42
            """
        #expect(try withoutRepeats(text).text == text)
    }

    @Test func keepsLongRepeatedLines() throws {
        let long = "A sentence that is long enough to be real text, and it goes on past eighty characters."
        let text = [long, "one", long, "two", long].joined(separator: "\n")
        #expect(try withoutRepeats(text).text == text)
    }

    @Test func dropsAParagraphEqualToTheOneBefore() throws {
        let paragraph = "The council met on Monday and voted to extend the library's opening hours."
        let text = "\(paragraph)\n\n\(paragraph)\n\nIt takes effect in May.\n\nIt takes effect in May."
        let document = try withoutRepeats(text)
        #expect(document.text == "\(paragraph)\n\nIt takes effect in May.")
        #expect(document.meta["removed_lines"] == .integer(2))
    }

    @Test func comparesAfterWhitespaceIsRegular() throws {
        #expect(try withoutRepeats("Same  line\n  Same line \nOther").text == "Same line\nOther")
    }

    @Test func differentCaseIsNotARepeat() throws {
        let text = "Note\nnote\nNOTE"
        #expect(try withoutRepeats(text).text == text)
    }

    @Test func offKeepsRepeats() throws {
        let text = "Ad\nA\nAd\nB\nAd\nB\nB"
        #expect(try cleaned(text) { $0.boilerplate = false; $0.repeatedLines = false }.text == text)
    }

    @Test func worksTogetherWithBoilerplate() throws {
        let text = "Title\nSponsored link\nBody one.\nSponsored link\nBody two.\nSponsored link\nShare"
        let document = try cleaned(text)
        #expect(document.text == "Title\nSponsored link\nBody one.\nBody two.")
        #expect(document.meta["removed_lines"] == .integer(3))
    }
}
