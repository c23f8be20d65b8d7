import Testing
import TextPipeCore
@testable import TextPipeSegment

@Suite struct HeadingTests {
    @Test func headlineAboveABlankLineIsAHeading() throws {
        try expectHeadings("[[Ferry timetable changes from April|heading]]\n\n[[Boats will leave every hour.]]")
        try expectHeadings("[[“Quieter Streets” Plan Approved|heading]]\n\n[[The plan was approved.]]")
    }

    @Test func headlineAboveACapitalisedLineIsAHeading() throws {
        try expectHeadings(
            "[[Ferry fares rise by 12%|heading]]\n[[Fares on the island ferry will rise in April.]] [[Tickets go on sale now.]]")
        try expectHeadings(
            """
            [[Island news|heading]]
            [[Ferry timetable changes|heading]]
            [[Boats will leave every hour from April.]]
            """)
    }

    @Test func sentencesWithEndMarksAreNoHeadings() throws {
        try expectHeadings("[[Ferries are back!]]\n[[Boats leave hourly.]]")
        try expectHeadings("[[Are ferries back?]]\n\n[[They are.]]")
        try expectHeadings("[[Timetable:]]\n[[- 9:00 ferry]]\n[[- 10:00 ferry]]")
        try expectHeadings("[[See you soon.]]\n[[Best,]]\n[[Ann]]")
    }

    @Test func lineGoingOnInLowerCaseIsNoHeading() throws {
        try expectHeadings("[[Let me know]]\n[[you know where]]")
    }

    @Test func lastLineIsNoHeading() throws {
        try expectHeadings("[[Boats leave every hour.]]\n[[Thanks to everyone who helped]]")
    }

    @Test func headingIsOneLineOfFewWords() throws {
        let long = "We waited at the pier all morning and nobody came to tell us that the boat had been cancelled because of the storm"
        try expectHeadings("[[\(long)]]\n\n[[Then we went home.]]")
        try expectHeadings("[[Ferry fares\nand timetables]]\n\n[[Both change in April.]]", options: withoutLineBreaks())
    }

    @Test func headlineWiderThanTheWrappedBodyIsItsOwnSentence() throws {
        // The body is wrapped greedily at 56 columns; the headline is wider.
        let text = """
            [[Lighthouse keeper hands over the Gull Rock lamp after forty-one years|heading]]
            [[The lighthouse keeper on Gull Rock has retired after
            forty-one years of service to the port.]] [[The harbour
            master said Ottilie Vance, who will take over the lamp
            in May, had trained with him for two winters.]]
            """
        try expectHeadings(text)
    }

    @Test func wrappedLineBeforeANameIsNoHeading() throws {
        // Each sentence wrapped greedily at 56 columns: the line before the
        // name is the widest and starts its sentence, but it fits the column.
        let text = """
            [[The lighthouse keeper on Gull Rock has retired after
            forty-one years of service to the port.]]
            [[At a small ceremony on the jetty the harbour master said
            Ottilie Vance, who will take over the lamp in May, had
            trained with him for two winters and knew every rock in
            the bay.]]
            """
        try expectHeadings(text)
    }

    @Test func wrapMeasuresTheNextLinesWholeFirstWord() throws {
        // The break before `(£3m)` is a wrap: the bracketed word would not fit.
        let text = """
            [[The island council has agreed to spend about two million
            (£3m) on a new slipway and a shelter for ferry passengers,
            and work will start in the spring if the weather allows.]]
            """
        try expectHeadings(text)
    }

    private func withoutLineBreaks() -> SegmentStage.Options {
        var options = SegmentStage.Options()
        options.newlineBoundaries = false
        return options
    }
}
