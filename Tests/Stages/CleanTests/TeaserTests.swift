import Testing
import TextPipeCore
@testable import TextPipeClean

/// `line` placed in the body of a short article, cleaned.
private func cleanedWith(_ line: String) throws -> Document {
    try cleaned("Ferry returns\n\nThe ferry service resumed on Tuesday.\n\n\(line)\n\nPassengers welcomed the news.")
}

@Suite struct TeaserTests {
    @Test(arguments: [
        "Also read: Harbour authority outlines a ten-year dredging programme for the inner basin and old quay",
        "ALSO READ | Harbour authority outlines a ten-year dredging programme for the inner basin",
        "Read more: Why the old ferry terminal on the east bank of the river closed for good in the spring",
        "READ MORE",
        "Read more »",
        "Read more...",
        "See also – Island schools reopen after storm damage is repaired by volunteers from three villages",
        "Related: Fares to rise by 4% from April, the operator says in a letter to season-ticket holders",
        "Don’t miss: The best walks along the cliff path this summer, chosen by our readers",
        "Further reading: U.S. ports face the same questions as their European rivals",
    ])
    func dropsTeaserLinesOfAnyLength(line: String) throws {
        let document = try cleanedWith(line)
        #expect(!document.text.contains(line))
        #expect(document.text.contains("Passengers welcomed the news."))
        #expect(document.meta["removed_lines"] == .integer(1))
    }

    @Test(arguments: [
        "Read more about the plan in the council's report, which runs to two hundred pages.",
        "She urged pupils to read more: novels, newspapers and letters from home.",
        "Related-party loans rose sharply last year, the auditor found in her review.",
        "Also read: the ferry company said. Its report was published on Monday and runs to forty pages.",
        "Anyone who wants to read more can also read: the minutes of every meeting.",
        "Related to the dispute, the union said its members would vote next week.",
        "Recommended. The staff were friendly and the rooms were clean and quiet",
    ])
    func keepsSentencesThatOnlyShareTheWords(line: String) throws {
        #expect(try cleanedWith(line).text.contains(line))
    }
}
