import Testing
import TextPipeCore
@testable import TextPipeClean

@Suite struct HTMLCleaningTests {
    @Test func dropsChromeAndScriptsAndKeepsBlocksAsParagraphs() throws {
        let page = """
            <!DOCTYPE html>
            <html><head><title>Rain</title><style>p { color: red }</style>
            <script>var s = "<p>not text</p>"; if (a < b) {}</script></head>
            <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <header><div class="logo">Daily Paper</div></header>
            <div><h2>Rain  expected</h2><p>It will <b>rain</b> on <i>Tuesday</i>.</p>
            <!-- a comment <p>hidden</p> -->
            <ul><li>Bring an umbrella</li><li>Stay dry</li></ul></div>
            <aside>Most read</aside><form><button>Search</button></form>
            <footer>Contact us</footer></body></html>
            """
        let document = try cleaned(page, format: .html) { $0.boilerplate = false }
        #expect(document.text == "Rain expected\n\nIt will rain on Tuesday.\n\nBring an umbrella\n\nStay dry")
    }

    @Test func lineBreaksAndCells() throws {
        let page = "<p>First line<br>second line<br/><br>new paragraph</p><table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>"
        let document = try cleaned(page, format: .html)
        #expect(document.text == "First line\nsecond line\n\nnew paragraph\n\na\nb\n\nc")
    }

    @Test func preKeepsItsLines() throws {
        let document = try cleaned("<p>Code:</p><pre>let a = 1\nlet b = 2</pre>", format: .html)
        #expect(document.text == "Code:\n\nlet a = 1\nlet b = 2")
    }

    @Test func decodesEntities() throws {
        let page = "<p>Fish &amp; chips &lt;3 &quot;caf&eacute;&quot; &mdash; 5&ndash;6 &hellip; &rsquo;&lsquo;&ldquo;&rdquo; &copy; &#233;&#x00E9;&#X41; &#150; &bogus; &amp</p>"
        let document = try cleaned(page, format: .html)
        #expect(document.text == "Fish & chips <3 \"café\" — 5–6 … ’‘“” © ééA – &bogus; &amp")
    }

    @Test func nonBreakingSpaceBecomesSpaceOnlyWithWhitespaceOn() throws {
        #expect(try cleaned("<p>10&nbsp;km</p>", format: .html).text == "10 km")
        #expect(try cleaned("<p>10&nbsp;km</p>", format: .html) { $0.whitespace = false }.text == "10\u{A0}km")
    }

    @Test func emptyArticleFallsBackToThePage() throws {
        let page = "<article><script>render()</script></article><div><p>Real text.</p></div>"
        #expect(try cleaned(page, format: .html).text == "Real text.")
    }

    @Test func headerOutsideArticleIsChromeButInsideIsContent() throws {
        let page = "<header><p>Site name</p></header><div><header><p>Byline</p></header><p>Body.</p></div>"
        #expect(try cleaned(page, format: .html) { $0.mainContent = false }.text == "Body.")
        let inArticle = "<article><header><p>Byline here</p></header><p>Body.</p></article>"
        #expect(try cleaned(inArticle, format: .html).text == "Byline here\n\nBody.")
    }

    @Test func readsTitleAuthorAndDate() throws {
        let page = """
            <html><head><title>Storm &amp; floods | Daily Paper</title>
            <meta property="og:title" content="Storm &amp; floods hit the coast">
            <meta name="Author" content="Jane  Doe">
            <meta property="article:published_time" content="2024-03-12T08:00:00Z">
            </head><body><p>Text.</p></body></html>
            """
        let document = try cleaned(page, format: .html)
        #expect(document.meta["title"] == .string("Storm & floods hit the coast"))
        #expect(document.meta["author"] == .string("Jane Doe"))
        #expect(document.meta["date"] == .string("2024-03-12T08:00:00Z"))
    }

    @Test func readsFallbackMetadataAndOnlyKeysFound() throws {
        let page = """
            <title>Plain title</title><meta property="article:author" content="https://example.com/jd">
            <p>Posted <time datetime="2023-01-05">5 January</time>.</p>
            """
        let document = try cleaned(page, format: .html)
        #expect(document.meta["title"] == .string("Plain title"))
        #expect(document.meta["author"] == nil)
        #expect(document.meta["date"] == .string("2023-01-05"))
        #expect(document.text == "Posted 5 January.")
    }

    @Test func keepsMetadataTheInputAlreadyHas() throws {
        let document = try cleaned("<title>From page</title><p>x</p>", format: .html, meta: ["title": .string("Given")])
        #expect(document.meta["title"] == .string("Given"))
    }

    @Test func writesAHeadingEqualToTheTitleOnce() throws {
        let page = """
            <title>Bridge reopens - Daily Paper</title>
            <div><h1>Bridge reopens</h1><p>Intro.</p><h1>Bridge  Reopens</h1><p>Body.</p><h1>Other</h1></div>
            """
        #expect(try cleaned(page, format: .html).text == "Bridge reopens\n\nIntro.\n\nBody.\n\nOther")
    }

    @Test func htmlOptionDecidesWhetherMarkupIsRead() throws {
        let html = "<p>One</p><p>Two</p>"
        #expect(try cleaned(html, format: .html) { $0.html = .never }.text == html)
        #expect(try cleaned(html, format: .text) { $0.html = .always }.text == "One\n\nTwo")
        #expect(try cleaned(html, format: .text).text == "One\n\nTwo")
    }

    @Test func sniffsHTMLInPlainText() {
        func sniff(_ text: String) -> Bool {
            var text = text
            return text.withUTF8 { HTMLSniffer.looksLikeHTML($0) }
        }
        #expect(sniff("\u{FEFF}  <!doctype html><title>x</title>"))
        #expect(sniff("<HTML lang=en>"))
        #expect(sniff("<div><p>a</p><p>b</p></div>"))
        #expect(!sniff("Use a <br> to break a line in Markdown, or two spaces."))
        #expect(!sniff("if a < b and c > d then <nothing> happens"))
    }

    @Test func toleratesBrokenMarkup() throws {
        // As in browsers, `<` before a letter opens a tag, so `c<d` loses `<d...>`.
        #expect(try cleaned("<p>a < b and c<d</p><p>unclosed <b attr=\"x>y\">bold", format: .html).text
            == "a < b and c\n\nunclosed bold")
        #expect(try cleaned("<p>x</p><!-- never closed <p>y</p>", format: .html).text == "x")
        #expect(try cleaned("<p>x</p><script>never closed <p>y</p>", format: .html).text == "x")
        #expect(try cleaned("<p>Data: <![CDATA[a<b]]></p>", format: .html).text == "Data: a<b")
    }
}
