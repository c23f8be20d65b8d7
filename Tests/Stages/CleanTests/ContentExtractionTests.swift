import Testing
import TextPipeCore
@testable import TextPipeClean

/// The main text of `page` as the scoring extractor finds it.
private func mainText(_ page: String) -> String {
    var page = page
    let extracted = page.withUTF8 { ScoringContentExtractor(mainContentOnly: true).extract($0) }
    return String(decoding: extracted.text, as: UTF8.self)
}

/// Paragraphs of `texts`, each in `<p>`.
private func paragraphs(_ texts: [String]) -> String {
    texts.map { "<p>\($0)</p>" }.joined(separator: "\n")
}

/// A news story of four paragraphs of prose.
private let story = [
    "The town council of Elmsford voted on Tuesday to rebuild the old stone bridge, which has been closed to traffic since the spring floods damaged its eastern arch.",
    "Engineers told the council that the repairs would take about eighteen months, cost roughly four million dollars, and require a temporary ferry for commuters.",
    "Residents who spoke at the meeting were divided, with some praising the plan and others asking why the money could not go to schools, roads, or the library.",
    "The mayor said that work would begin in March, weather permitting, and that the ferry would run every twenty minutes during the morning and evening rush.",
]

/// What the page around a story often holds: a menu, teasers, a footer.
private let menu = """
    <div><a href="/">Home</a> <a href="/local">Local</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></div>
    """
private let teasers = (1...6).map { number in
    "<div><a href=\"/story/\(number)\">Teaser \(number): a headline about another story, with a comma</a></div>"
}.joined(separator: "\n")

@Suite struct ContentExtractionTests {
    @Test func dropsNavAsideAndFooterAroundTheArticle() {
        let page = """
            <html><body><nav>\(menu)</nav>
            <div class="layout"><div>\(paragraphs(story))</div>
            <aside><p>Our newsletter arrives every morning, with the day's news, the weather, and a puzzle.</p></aside></div>
            <footer><p>Elmsford Gazette, 12 Mill Lane, Elmsford. All rights reserved, and then some.</p></footer>
            </body></html>
            """
        #expect(mainText(page) == story.joined(separator: "\n\n"))
    }

    @Test func choosesTheArticleByDensityWithoutLandmarksOrNames() {
        let page = "<body><div>\(teasers)</div><div><div>\(paragraphs(story))</div></div><div>\(teasers)</div></body>"
        #expect(mainText(page) == story.joined(separator: "\n\n"))
    }

    @Test func dropsTheCommentSection() {
        let comments = (1...3).map { number in
            """
            <div class="comment"><p>Reader \(number) wrote: I drive over that bridge every day, and honestly, \
            a ferry sounds slower, colder, and more expensive than the detour.</p></div>
            """
        }.joined()
        let page = """
            <body><div class="post"><div class="entry">\(paragraphs(story))</div>
            <div id="comments"><h3>3 responses</h3>\(comments)</div></div></body>
            """
        #expect(mainText(page) == story.joined(separator: "\n\n"))
    }

    @Test func dropsALinkListAndItsHeadingInsideTheContent() {
        let related = (1...4).map { "<li><a href=\"/s/\($0)\">Another story about bridges, number \($0)</a></li>" }
        let page = """
            <body><div>\(paragraphs(story))
            <h2>More stories</h2><ul>\(related.joined())</ul></div>\(teasers)</body>
            """
        #expect(mainText(page) == story.joined(separator: "\n\n"))
    }

    @Test func keepsAParagraphWithALinkButDropsOneThatIsAllLink() {
        let linked = "The full <a href=\"/report\">engineering report</a> runs to two hundred pages, with many photographs."
        let page = """
            <body><div>\(paragraphs(story))<p>\(linked)</p>
            <p><a href="/other">Read the story of the last time the bridge closed, in 1962</a></p></div></body>
            """
        let expected = story + ["The full engineering report runs to two hundred pages, with many photographs."]
        #expect(mainText(page) == expected.joined(separator: "\n\n"))
    }

    @Test func dropsCaptionsAndFigures() {
        let page = """
            <body><div>\(paragraphs(Array(story[0...1])))
            <figure><img src="bridge.jpg" alt="The bridge"><figcaption>The bridge in April, after the flood.</figcaption></figure>
            <div class="wp-caption"><img src="ferry.jpg"><p>A ferry of the kind the town may hire, photographed last year.</p></div>
            \(paragraphs(Array(story[2...3])))</div></body>
            """
        #expect(mainText(page) == story.joined(separator: "\n\n"))
    }

    @Test func keepsSubheadingsInOrderAndDropsTheHeadline() {
        let page = """
            <body><div><h1>Council votes to rebuild the bridge</h1><p class="byline">By Ann Example</p>
            \(paragraphs(Array(story[0...1])))<h2>What residents said</h2>\(paragraphs(Array(story[2...3])))</div></body>
            """
        let expected = story[0...1] + ["What residents said"] + story[2...3]
        #expect(mainText(page) == expected.joined(separator: "\n\n"))
    }

    @Test func joinsSectionsThatShareAClass() {
        // The body is split in two sections at different depths, with an
        // advertisement between them.
        let page = """
            <body><div><div><div class="body-part">\(paragraphs(Array(story[0...1])))</div></div>
            <div class="ad-slot"><p>Advertisement: the best ferry tickets, cheap, fast, and easy to buy.</p></div>
            <div class="body-part">\(paragraphs(Array(story[2...3])))</div></div>\(teasers)</body>
            """
        #expect(mainText(page) == story.joined(separator: "\n\n"))
    }

    @Test func findsAnArticleInsideAWrapperNamedLikeChrome() {
        let page = "<body><div class=\"has-sidebar\"><div>\(paragraphs(story))</div></div>\(menu)</body>"
        #expect(mainText(page) == story.joined(separator: "\n\n"))
    }

    @Test func skipsHiddenElements() {
        let page = """
            <body><div>\(paragraphs(story))<div style="display: none"><p>A hidden sign-up form, with a long, long, long text.</p></div>
            <p hidden>Also hidden.</p></div></body>
            """
        #expect(mainText(page) == story.joined(separator: "\n\n"))
    }

    @Test func fallsBackToAllTextWithoutAMainBlock() {
        let page = "<body><nav>\(menu)</nav><div><p>Opening hours</p><p>Monday to Friday</p><p>Nine to five</p></div></body>"
        #expect(mainText(page) == "Opening hours\n\nMonday to Friday\n\nNine to five")
    }

    @Test func keepsTableRowsAsLines() {
        let table = "<table><tr><th>Year</th><th>Cost</th></tr><tr><td>2024</td><td>1.5 million</td></tr></table>"
        let page = "<body><div>\(paragraphs(story))\(table)</div></body>"
        #expect(mainText(page) == (story + ["Year\nCost", "2024\n1.5 million"]).joined(separator: "\n\n"))
    }

    @Test func mainContentOffKeepsAllTextOutsideChrome() throws {
        let page = "<body><nav>\(menu)</nav><div>\(teasers)</div><div>\(paragraphs(story))</div></body>"
        let text = try cleaned(page, format: .html) { $0.mainContent = false }.text
        #expect(text.hasPrefix("Teaser 1: a headline"))
        #expect(text.hasSuffix(story[3]))
        #expect(!text.contains("Weather"))
    }

    @Test func readsMetadataFromLinkedData() throws {
        let page = """
            <head><title>Bridge | Gazette</title><script type="application/ld+json">
            {"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "name": "Gazette"},
             {"@type": "NewsArticle", "headline": "Council votes to rebuild the bridge",
              "datePublished": "2024-05-02T09:00:00Z",
              "author": [{"@type": "Person", "name": "Ann Example"}, {"@type": "Person", "name": "Bo Sample"}]}]}
            </script><script type="application/ld+json">{"headline": "ignored, the first one counts"</script></head>
            <body><p>Text.</p></body>
            """
        let document = try cleaned(page, format: .html)
        #expect(document.meta["title"] == .string("Council votes to rebuild the bridge"))
        #expect(document.meta["author"] == .string("Ann Example, Bo Sample"))
        #expect(document.meta["date"] == .string("2024-05-02T09:00:00Z"))
    }

    @Test func classAndIDWordsTellContentFromChrome() {
        func kind(_ word: String) -> ElementNameWords.Kind? {
            var word = word
            return word.withUTF8 { ElementNameWords.classify($0) }
        }
        #expect(kind("sidebar") == .chrome)
        #expect(kind("sharedaddy") == .chrome)
        #expect(kind("mainnav") == .chrome)
        #expect(kind("ad") == .chrome)
        #expect(kind("articlebody") == .content)
        #expect(kind("entry") == .content)
        #expect(kind("post") == .content)
        #expect(kind("poster") == nil)
        #expect(kind("shadow") == nil)
        #expect(kind("read") == nil)
    }

    /// Found by fuzzing (clean-html): when the best node scores zero or less
    /// (a paragraph deep in lists, which score below zero), unscored nodes
    /// passed for its rivals and sorting them unwrapped a missing score.
    @Test func pageWhoseBestScoreIsNegative() {
        let bytes: [UInt8] = Array("<dt><ul><li><ul><li><p>Copyr".utf8)
            + [0x01, 0xFE, 0xFF, 0xFF, 0xFF, 0x00, 0x00, 0x0D, 0x00, 0x03, 0xFC] + Array("afeBuffl>".utf8)
        #expect(mainText(String(decoding: bytes, as: UTF8.self)).hasPrefix("Copyr"))
    }
}
