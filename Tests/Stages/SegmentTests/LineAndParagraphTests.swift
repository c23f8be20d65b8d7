import Testing
import TextPipeCore
import TextPipeTesting
@testable import TextPipeSegment

@Suite struct LineAndParagraphTests {
    @Test func blankLinesAlwaysEndSentences() throws {
        try expectSentences("[[Title without a stop]]\n\n[[Body text here]]", options: withoutLineBreaks())
        try expectSentences("[[Dr. Who]]\n  \n[[Next part.]]")
    }

    @Test func lineBreaksEndHeadlinesAndSignOffs() throws {
        try expectSentences("[[Big News Today]]\n[[The council met on Monday.]]")
        try expectSentences("[[See you soon.]]\n[[Best,]]\n[[Ann]]")
        try expectSentences("[[Let me know]]\n[[you know where]]")
    }

    @Test func lineBreaksWithoutTheOptionAreSpaces() throws {
        try expectSentences("[[Big News Today\nThe council met on Monday.]]", options: withoutLineBreaks())
    }

    @Test func hardWrappedLinesDoNotEndSentences() throws {
        let wrapped = """
            [[The committee met on Tuesday to discuss the budget for next
            year and agreed with the proposal made by the mayor, Anna
            Larsen, after a long debate.]] [[The vote was close, and the
            members left late in the evening.]]
            """
        try expectSentences(wrapped)
    }

    @Test func lineBreakAfterATitleGoesOn() throws {
        try expectSentences("[[We thank Dr.\nBrown.]]")
    }

    @Test func listItemsBeginSentences() throws {
        try expectSentences("[[Shopping list:]]\n[[- milk]]\n[[* eggs]]\n[[• bread]]")
        try expectSentences("[[Steps]]\n[[1. Open the box.]]\n[[2) Remove the lid.]]", options: withoutLineBreaks())
        try expectSentences("[[Do this]]\n[[- first]]", options: withoutLineBreaks())
    }

    @Test func listNumberIsNoSentenceOfItsOwn() throws {
        try expectSentences("[[1. Open the box.]] [[2. Remove the lid.]]")
    }

    @Test func paragraphsAreBlocksBetweenBlankLines() throws {
        let text = "First para. Still first.\n\nSecond para.\n \nThird\nline."
        let document = try segmented(text)
        let expected = ["First para. Still first.", "Second para.", "Third\nline."]
        #expect(texts(of: document.paragraphs ?? [], in: text) == expected)
    }

    @Test func withoutBlankLinesEachSentenceEndingLineIsAParagraph() throws {
        let text = "Line one is here. More of it.\nLine two is here.\n"
        let document = try segmented(text)
        #expect(
            texts(of: document.paragraphs ?? [], in: text) == ["Line one is here. More of it.", "Line two is here."])
    }

    @Test func wrappedTextWithoutBlankLinesIsOneParagraph() throws {
        let text = """
            The committee met on Tuesday to discuss the budget for next
            year and agreed with the proposal made by the mayor after a
            long debate that lasted well into the night.
            """
        #expect(try segmented(text).paragraphs?.count == 1)
    }

    private func withoutLineBreaks() -> SegmentStage.Options {
        var options = SegmentStage.Options()
        options.newlineBoundaries = false
        return options
    }
}
