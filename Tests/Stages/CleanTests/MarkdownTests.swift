import Testing
import TextPipeCore
@testable import TextPipeClean

/// The clean text of `markdown` read from a `.md` file.
private func plain(_ markdown: String, _ configure: (inout CleanStage.Options) -> Void = { _ in }) throws -> String {
    try cleaned(markdown, format: .markdown, configure).text
}

@Suite struct MarkdownTests {
    @Test func atxHeadingsLoseTheirMarkersAndStandApart() throws {
        #expect(try plain("# Harbour reopens\nBoats returned on Monday.") == "Harbour reopens\n\nBoats returned on Monday.")
        #expect(try plain("Intro line.\n### Details ###\nMore.") == "Intro line.\n\nDetails\n\nMore.")
        #expect(try plain("   ###### Six\n\nText") == "Six\n\nText")
        // A closing run needs a space before it; seven #s are no heading.
        #expect(try plain("## Learning C#") == "Learning C#")
        #expect(try plain("####### Seven") == "####### Seven")
    }

    @Test func setextUnderlinesGo() throws {
        #expect(try plain("Harbour reopens\n===============\nBoats returned.") == "Harbour reopens\n\nBoats returned.")
        #expect(try plain("Second level\n---\nText.") == "Second level\n\nText.")
    }

    @Test func emphasisMarkersGoWhenTheyWrapWords() throws {
        #expect(try plain("A **bold** and __strong__ claim.") == "A bold and strong claim.")
        #expect(try plain("An *italic* and _slanted_ word.") == "An italic and slanted word.")
        #expect(try plain("***Both*** at once, *nested **strong** inside*.") == "Both at once, nested strong inside.")
        #expect(try plain("(*aside*) and \u{201C}_quoted_\u{201D}") == "(aside) and \u{201C}quoted\u{201D}")
    }

    @Test func inlineCodeKeepsItsContent() throws {
        #expect(try plain("Run `make test` first.") == "Run make test first.")
        #expect(try plain("Write `` a`b `` as is, keep *`x`* too.") == "Write a`b as is, keep x too.")
        // Emphasis markers inside code are code.
        #expect(try plain("Call `do_*this*` now.") == "Call do_*this* now.")
    }

    @Test func fencedCodeKeepsItsLinesAndLosesItsFences() throws {
        let markdown = """
            Before the code.
            ```swift
            let total = a * b
            print("**not bold**")
            ```
            After.

            ~~~~
            plain ~~~
            ~~~~
            """
        #expect(try plain(markdown) == """
            Before the code.

            let total = a * b
            print("**not bold**")

            After.

            plain ~~~
            """)
    }

    @Test func imagesBecomeTheirAltText() throws {
        #expect(try plain("See ![a red boat](img/boat.png \"Boat\") here.") == "See a red boat here.")
        #expect(try plain("Text.\n![](spacer.gif)\nMore text.") == "Text.\nMore text.")
    }

    @Test func linksBecomeTheirText() throws {
        #expect(try plain("Read [the report](https://example.org/r_(2024)) today.") == "Read the report today.")
        #expect(try plain("See [the **full** list][list] and [this][].") == "See the full list and this.")
        #expect(try plain("[![logo](logo.png)](https://example.org)") == "logo")
        // A bracket with no link after it is prose.
        #expect(try plain("He wrote [sic] twice.") == "He wrote [sic] twice.")
    }

    @Test func autolinksBecomeTheAddress() throws {
        #expect(try plain("Visit <https://example.org/a_b> or <mailto:news@example.org>.")
            == "Visit https://example.org/a_b or mailto:news@example.org.")
        #expect(try plain("Mail <desk@example.org>; a <b> c < d.") == "Mail desk@example.org; a <b> c < d.")
    }

    @Test func referenceDefinitionsGo() throws {
        let markdown = """
            See [the list][list].

            [list]: https://example.org/list "The list"
            [^1]: A footnote stays.
            """
        #expect(try plain(markdown) == "See the list.\n\n[^1]: A footnote stays.")
    }

    @Test func blockquoteMarkersGo() throws {
        #expect(try plain("> Quoted line\n> goes on.\n>\n> > Nested.") == "Quoted line\ngoes on.\n\nNested.")
        #expect(try plain("> # Quoted heading\n> - item") == "Quoted heading\n\n- item")
        #expect(try plain("a > b") == "a > b")
    }

    @Test func thematicBreaksGo() throws {
        #expect(try plain("One.\n\n---\n\nTwo.\n***\nThree.\n_ _ _\nFour.") == "One.\n\nTwo.\n\nThree.\n\nFour.")
    }

    @Test func listMarkersStay() throws {
        let markdown = """
            Steps:

            - first *step*
            * second step
            + third step
            1. numbered
            2) also numbered
            """
        #expect(try plain(markdown) == """
            Steps:

            - first step
            * second step
            + third step
            1. numbered
            2) also numbered
            """)
    }

    @Test func backslashEscapesBecomeTheCharacter() throws {
        #expect(try plain(##"Not \*emphasis\*, a \# and a \\ backslash; \w stays."##)
            == #"Not *emphasis*, a # and a \ backslash; \w stays."#)
        #expect(try plain(##"\# Not a heading"##) == "# Not a heading")
    }

    @Test func htmlCommentsGo() throws {
        #expect(try plain("Kept <!-- hidden --> text.") == "Kept text.")
        #expect(try plain("Line one.\n<!-- a note\nover lines -->\nLine two.") == "Line one.\nLine two.")
        #expect(try plain("Start <!-- open\nstill hidden\nend --> visible.") == "Start\nvisible.")
    }

    @Test func plainProseStaysIntact() throws {
        let prose = """
            The area is 2 * 3 = 6 square metres, and 2*3*4 is 24.
            Rename user_id to account_id in snake_case_names.
            #hashtag at the start of a line, #5 and C# inside one.
            A 5-10% rise (or so) costs $3 < $4 > $2, see section [2].
            """
        #expect(try plain(prose) == prose)
    }

    @Test func neverLeavesMarkdownAlone() throws {
        let markdown = "# Title\n\nSome **bold** [link](https://example.org)."
        #expect(try plain(markdown) { $0.markdown = .never } == markdown)
    }

    @Test func onlyMarkdownInputIsStripped() throws {
        let text = "# Title with **stars**"
        #expect(try cleaned(text, format: .text).text == text)
    }

    @Test func stripsBeforeBoilerplateAndWhitespace() throws {
        // The heading repeats below as plain text: only once stripped is it a repeated title.
        let markdown = "# Harbour reopens\n\n**Share**\n\nHarbour reopens\n\nBoats   returned *today*."
        let document = try cleaned(markdown, format: .markdown)
        #expect(document.text == "Harbour reopens\n\nBoats returned today.")
        #expect(document.meta["removed_lines"] == .integer(2))
    }
}
