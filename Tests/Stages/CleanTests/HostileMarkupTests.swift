import Testing
import TextPipeCore
@testable import TextPipeClean

/// Markup no page should have but some input does: nesting 100,000 deep,
/// tags and comments left open at the end, thousands of unclosed brackets.
/// The clean stage must neither overflow the stack nor take quadratic time.
@Suite(.timeLimit(.minutes(1))) struct HostileMarkupTests {
    static let depth = 100_000
    static let paragraph = "<p>The only paragraph, with words enough to count as the text.</p>"

    /// A page with `paragraph` inside `depth` nested copies of `open`…`close`, then a closing sentence.
    private func nestedPage(_ open: String, _ close: String) -> String {
        "<html><body>" + String(repeating: open, count: Self.depth) + Self.paragraph
            + String(repeating: close, count: Self.depth) + "</body></html>"
    }

    @Test(arguments: [
        ("<div>", "</div>"), ("<b>", "</b>"), ("<a href=\"/x\">", "</a>"), ("<span class=\"caption\">", "</span>"),
        ("<ul><li>", "</li></ul>"), ("<table><tr><td>", "</td></tr></table>"), ("<blockquote>", "</blockquote>"),
    ])
    func deeplyNestedElementsKeepTheirText(open: String, close: String) throws {
        let document = try cleaned(nestedPage(open, close), format: .html)
        #expect(document.text == "The only paragraph, with words enough to count as the text.")
    }

    @Test func elementsNeverClosedKeepTheirText() throws {
        let page = "<html><body>" + (0..<Self.depth).map { "<div><p>Item \($0), open" }.joined()
        let document = try cleaned(page, format: .html)
        #expect(document.text.hasPrefix("Item 0, open\n\nItem 1, open"))
        #expect(document.text.hasSuffix("Item \(Self.depth - 1), open"))
    }

    @Test(arguments: ["<div hidden>", "<script>", "<template>"])
    func deeplyNestedHiddenContentIsSkipped(open: String) throws {
        let close = "</" + open.dropFirst().prefix { $0.isLetter } + ">"
        let page = nestedPage(open, String(close)).replacingOccurrences(
            of: "</body>", with: "<p>Visible text after the hidden part, long enough to score.</p></body>")
        #expect(try cleaned(page, format: .html).text == "Visible text after the hidden part, long enough to score.")
    }

    @Test func unterminatedTagAtTheEndIsDropped() throws {
        let page = "<html><body><p>Text before a tag that never ends.</p><div class=\"unfinished"
        #expect(try cleaned(page, format: .html).text == "Text before a tag that never ends.")
    }

    @Test func unterminatedCommentHidesOnlyWhatFollowsIt() throws {
        let page = "<html><body><p>Text before an open comment.</p><!-- never closed <p>inside</p>"
        #expect(try cleaned(page, format: .html).text == "Text before an open comment.")
    }

    @Test func pageWhoseBestScoreIsNegativeIsCleaned() throws {
        // Lists start with a negative score; a page of nothing else once crashed the scorer.
        let page = "<ul><li>" + String(repeating: "<ul><li>", count: 5) + "A list item long enough to be a paragraph."
        #expect(try cleaned(page, format: .html).text == "A list item long enough to be a paragraph.")
    }

    // MARK: - Markdown

    @Test func linksNestedDeeperThanTheBoundKeepTheirMarkup() throws {
        let depth = MarkdownInline.deepestNesting
        let shallow = String(repeating: "[", count: 3) + "Linked words" + String(repeating: "](x)", count: 3)
        #expect(try cleanedMarkdown(shallow) == "Linked words")
        let deep =
            String(repeating: "[", count: Self.depth) + "Linked words" + String(repeating: "](x)", count: Self.depth)
        let text = try cleanedMarkdown(deep)
        #expect(text.hasPrefix(String(repeating: "[", count: Self.depth - depth) + "Linked words]"))
        #expect(text.hasSuffix("](x)"))
    }

    @Test func unclosedBracketsAndParenthesesStayText() throws {
        let line = String(repeating: "[", count: Self.depth) + "text" + String(repeating: "(", count: Self.depth)
        #expect(try cleanedMarkdown(line) == line)
    }

    @Test func thousandsOfEmphasisRunsArePairedInLinearTime() throws {
        let line = String(repeating: " *a", count: 50_000) + String(repeating: " b_", count: 50_000)
        #expect(try cleanedMarkdown(line) == line)
        #expect(try cleanedMarkdown(String(repeating: "*a* _b_ ", count: 50_000)).hasPrefix("a b a b"))
    }

    @Test func backtickRunsOfEveryLengthAreMatchedInLinearTime() throws {
        let line = (1...1_500).map { String(repeating: "`", count: $0) }.joined(separator: " x ")
        #expect(try cleanedMarkdown(line) == line)
        #expect(try cleanedMarkdown("`one` and ``two`` and `three`") == "one and two and three")
    }

    private func cleanedMarkdown(_ markdown: String) throws -> String {
        try cleaned(markdown, format: .markdown) { $0.whitespace = false }.text
    }
}
