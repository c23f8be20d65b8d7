import Testing
import TextPipeCore
import TextPipeTesting
@testable import TextPipeSummarize

@Suite struct SummaryCandidateTests {
    /// A story about a new ferry: line 0 is its headline, lines 2 and 3 a
    /// quotation running over two sentences, all of them on topic.
    static let ferryStory = """
        New island ferry service starts with bigger ferry and more ferry crossings
        The island council launched a new ferry service on Monday with a bigger ferry.
        The harbour master said: "The new ferry doubles the crossings to the island.
        Island families will reach the mainland ferry port in half the time," she added.
        A storm closed the bakery on the pier for a day.
        The council said the bigger ferry and the extra crossings would serve the island all year.
        My cousin collects old stamps from many countries.
        Ferry tickets for island residents will cost less than on the old ferry service.
        """

    private func summarize(
        _ text: String, headings: Set<Int> = [], _ configure: (inout SummarizeStage.Options) -> Void = { _ in }
    ) throws -> (Summary, Document) {
        var options = SummarizeStage.Options()
        configure(&options)
        var document = segmentedDocument(text)
        for index in headings { document.sentences?[index].isHeading = true }
        try SummarizeStage(options: options).process(&document)
        return (try #require(document.summary), document)
    }

    private func quoteMarks(_ text: String) -> QuoteMarks {
        let bytes = Array(text.utf8)
        let tokens = WordTokenizer.tokens(in: text)
        let sentence = Sentence(span: Span(start: 0, end: bytes.count), tokens: 0..<tokens.count)
        return bytes.withUnsafeBufferPointer { QuoteMarks(of: sentence, tokens: tokens, in: $0) }
    }

    @Test func headingsAreNeverPicked() throws {
        // Unmarked, the headline is central enough to be picked.
        let (plain, _) = try summarize(Self.ferryStory)
        #expect(plain.sentenceIndices.contains(0))
        for method in [SummarizeStage.Method.textrank, .lead] {
            let (summary, _) = try summarize(Self.ferryStory, headings: [0]) { $0.method = method }
            #expect(!summary.sentenceIndices.contains(0))
            #expect(summary.sentenceIndices.count == 3)
        }
    }

    @Test func everyPickedSentenceHasBalancedQuotes() throws {
        for count in 1...6 {
            let (summary, document) = try summarize(Self.ferryStory, headings: [0]) { $0.sentences = count }
            let sentences = try #require(document.sentences)
            let picked = summary.sentenceIndices
            #expect(picked.contains(2) == picked.contains(3), "the quotation goes whole or not at all")
            let tokens = try #require(document.tokens)
            let marks = picked.map { index in
                document.withUTF8 { QuoteMarks(of: sentences[index], tokens: tokens, in: $0) }
            }
            let joined = marks.reduce(QuoteMarks()) { $0.followed(by: $1) }
            #expect(joined.isBalanced, "summary of \(count): \(summary.text)")
        }
    }

    @Test func quotationKeptWholeCountsAsItsSentences() throws {
        let text = """
            The mayor said: "We will rebuild the harbour wall this year.
            The harbour wall protects every boat in the harbour," he said.
            Rain fell on Tuesday.
            """
        let (one, _) = try summarize(text) { $0.sentences = 1 }
        #expect(one.sentenceIndices == [2])
        let (two, _) = try summarize(text) { $0.sentences = 2 }
        #expect(two.sentenceIndices == [0, 1])
    }

    @Test func quoteClosedButNeverOpenedIsNotPicked() throws {
        let text = """
            Boats will be safe in the new harbour," he said.
            The harbour opens in May.
            Boats and fishing crews will use the harbour.
            """
        let (summary, _) = try summarize(text) { $0.sentences = 2 }
        #expect(summary.sentenceIndices == [1, 2])
    }

    @Test func textOfHeadingsOnlyStillHasASummary() throws {
        let (summary, _) = try summarize("Ferry news\nHarbour news", headings: [0, 1]) { $0.sentences = 1 }
        #expect(summary.sentenceIndices.count == 1)
    }

    @Test func quoteMarksPairUp() {
        #expect(quoteMarks(#"He said "yes" twice."#).isBalanced)
        #expect(quoteMarks("She called it “a good day” and left.").isBalanced)
        #expect(quoteMarks("No quotes at all.").isBalanced)
        #expect(quoteMarks(#""We are ready."#).opensOnly)
        #expect(quoteMarks("“We are ready.").opensOnly)
        #expect(!quoteMarks(#"It took years," she said."#).isBalanced)
        #expect(!quoteMarks(#"It took years," she said."#).opensOnly)
        #expect(!quoteMarks("It took years,” she said “again.").isBalanced)
        #expect(!quoteMarks(#"He said "yes" and "no."#).isBalanced)
    }

    @Test func quotationReopenedInTheNextSentenceGoesOn() {
        // A quotation over paragraphs opens each again and closes once.
        let joined = quoteMarks(#"He said: "We are ready."#)
            .followed(by: quoteMarks(#""We start on Monday.""#))
        #expect(joined.isBalanced)
        #expect(!quoteMarks(#"He said: "We are ready. "We start on Monday.""#).isBalanced)
    }
}
