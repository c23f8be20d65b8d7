import Testing
import TextPipeCore
@testable import TextPipeClean

@Suite struct DateReaderTests {
    @Test(arguments: [
        ("2024-06-03", "2024-06-03"),
        ("2024-06-03T17:40:00Z", "2024-06-03T17:40:00Z"),
        ("2024-06-03T17:40:00.250+02:00", "2024-06-03T17:40:00.250+02:00"),
        ("2024-06-03 17:40:09", "2024-06-03T17:40:09"),
        ("3 Jun 2024", "2024-06-03"),
        ("03 June 2024, 05:40 PM IST", "2024-06-03T17:40:00"),
        ("3rd of June, 2024", "2024-06-03"),
        ("June 3, 2024", "2024-06-03"),
        ("JUNE 3, 2024", "2024-06-03"),
        ("Jun. 3 2024 at 9:05 a.m.", "2024-06-03T09:05:00"),
        ("Monday, 3 June 2024 12:15 am", "2024-06-03T00:15:00"),
        ("Mon 3 Jun 2024 17.40 GMT", "2024-06-03T17:40:00Z"),
        ("Jun. 3 2024 at 9.05 a.m. GMT+1", "2024-06-03T09:05:00+01:00"),
        ("Mon, 03 Jun 2024 17:40:00 +0100", "2024-06-03T17:40:00+01:00"),
        ("3.6.2024", "2024-06-03"),
        ("23/06/2024", "2024-06-23"),
        ("06/23/2024", "2024-06-23"),
        ("29 February 2024", "2024-02-29"),
    ])
    func readsDatesIntoISO8601(text: String, iso: String) {
        #expect(DateReader.iso8601(text) == iso)
    }

    @Test(arguments: [
        "03/06/2024",  // day or month first: cannot tell
        "29 February 2023",  // no such day
        "3 June",  // no year
        "Monday",
        "June 2024",
        "2 hours ago",
        "3 June 2024 and then some words",
        "in 2024",
        "",
    ])
    func leavesWhatIsNoWholeDate(text: String) {
        #expect(DateReader.iso8601(text) == nil)
    }

    @Test func findsTheFirstDateInALine() {
        var line = "Posted on: Tuesday 4 June 2024 - 08:30 | 3 min read"
        let found = line.withUTF8 { bytes in DateReader.firstDate(in: bytes, 0..<bytes.count)?.date.iso8601 }
        #expect(found == "2024-06-04T08:30:00")
    }

    @Test func htmlMarkupDatesAreWrittenTheSameWay() throws {
        let readable = """
            <html><head><meta name="date" content="Tue, 4 Jun 2024 08:30:00 GMT"></head>
            <body><article><p>The ferry service resumed on Tuesday after a week of repairs.</p></article></body></html>
            """
        #expect(try cleaned(readable, format: .html).meta["date"] == .string("2024-06-04T08:30:00Z"))
        // A value the reader cannot read stays as written: the markup says it is a date.
        let unreadable = readable.replacingOccurrences(of: "Tue, 4 Jun 2024 08:30:00 GMT", with: "early June")
        #expect(try cleaned(unreadable, format: .html).meta["date"] == .string("early June"))
    }
}
