import Foundation
import Testing

/// Headings and quotations through the binary: a headline without end
/// punctuation is a sentence of its own, marked, and kept out of the
/// summary; the summary never leaves a quotation half open.
@Suite struct HeadingSummaryEndToEndTests {
    /// Without the rules, the headline or the quotation's first sentence alone is picked.
    static let story = """
        Island ferry doubles its crossings as the new boat arrives
        The island council launched its new ferry on Monday, and the bigger boat will double the crossings to the mainland.
        The harbour master said: "The new ferry doubles the ferry crossings between the island and the mainland. Families will save time," she added.
        The old ferry will be sold to a museum on the mainland.
        A storm closed the bakery on the pier for a day.
        Ferry tickets for island residents will cost less than on the old boat, the council said.
        """

    @Test func headlineIsAMarkedSentenceOutsideTheSummary() throws {
        let folder = try TemporaryFolder()
        try folder.write("in/ferry.txt", Self.story)
        try folder.write(
            "summary.yaml",
            """
            name: heading-summary
            stages:
              - segment
              - summarize: {sentences: 3}
            """)
        let result = try TextPipeBinary.run([
            "run", folder.path("summary.yaml"), "--input", folder.path("in"), "--output", folder.path("out.jsonl"),
        ])
        #expect(result.status == 0, "\(result.standardError)")
        let document = try #require(try jsonLines(try folder.read("out.jsonl")).first)
        let text = try #require(document["text"] as? String)
        let sentences = try #require(document["sentences"] as? [[String: Any]])
        let scalars = Array(text.unicodeScalars)
        let sentenceTexts = sentences.map { sentence in
            let start = sentence["start"] as? Int ?? 0
            let end = sentence["end"] as? Int ?? 0
            return String(String.UnicodeScalarView(scalars[start..<end]))
        }

        #expect(sentenceTexts.first == "Island ferry doubles its crossings as the new boat arrives")
        #expect(sentences.first?["heading"] as? Bool == true)
        #expect(sentences.dropFirst().allSatisfy { $0["heading"] == nil }, "body sentences carry no heading key")

        let chosen = try #require(document["summary_sentences"] as? [Int])
        #expect(chosen.count == 3)
        #expect(!chosen.contains(0))
        // The quotation is split into two sentences: both are in the summary or neither.
        let quoteOpens = try #require(sentenceTexts.firstIndex { $0.hasPrefix("The harbour master said") })
        #expect(chosen.contains(quoteOpens) == chosen.contains(quoteOpens + 1))
        for run in consecutiveRuns(chosen) {
            let joined = run.map { sentenceTexts[$0] }.joined(separator: " ")
            #expect(joined.count { $0 == "\"" } % 2 == 0, "quotes pair up in: \(joined)")
            #expect(joined.count { $0 == "\u{201C}" } == joined.count { $0 == "\u{201D}" })
        }
    }

    /// `indices` (ascending) cut into runs of consecutive numbers.
    private func consecutiveRuns(_ indices: [Int]) -> [[Int]] {
        var runs: [[Int]] = []
        for index in indices {
            if let last = runs.last?.last, last + 1 == index { runs[runs.count - 1].append(index) } else { runs.append([index]) }
        }
        return runs
    }
}
