import Foundation
import Testing
import TextPipeCore
@testable import TextPipeSegment

@Suite struct SegmentStageTests {
    @Test func describesItself() throws {
        #expect(SegmentStage.name == "segment")
        #expect(SegmentStage.provides == [.paragraphs, .sentences, .tokens])
        let encoded = try JSONSerialization.jsonObject(with: JSONEncoder().encode(SegmentStage.Options()))
        let keys = (encoded as? [String: Any])?.keys.sorted() ?? []
        #expect(keys == SegmentStage.Options.documentation.map(\.name).sorted())
    }

    @Test func outputTokensCarryScalarOffsetsWhenAsked() throws {
        var document = Document(id: "t", text: "Café au lait, 2 €.")
        try SegmentStage(options: SegmentStage.Options()).process(&document)
        #expect(document.annotations[TokenOutput.self] == nil)
        var options = SegmentStage.Options()
        options.outputTokens = true
        try SegmentStage(options: options).process(&document)
        let tokens = try #require(document.annotations[TokenOutput.self])
        #expect(tokens.map(\.start) == [0, 5, 8, 12, 14, 16, 17])
        #expect(tokens.map(\.end) == [4, 7, 12, 13, 15, 17, 18])
        #expect(tokens.map(\.kind) == ["word", "word", "word", "punctuation", "number", "symbol", "punctuation"])
    }

    @Test func emptyDocumentsHaveNoSentences() throws {
        for text in ["", "  \n\n \t"] {
            let document = try segmented(text)
            #expect(document.sentences == [])
            #expect(document.tokens == [])
            #expect(document.paragraphs == [])
        }
    }

    @Test func tokensComeFromTheWordTokenizer() throws {
        let text = "Don't stop, Mr. O'Brien!\n\nIt costs $1,000.50 in the U.S. today."
        #expect(try segmented(text).tokens == WordTokenizer.tokens(in: text))
    }

    @Test func sentencesPartitionTheTokens() throws {
        let text = """
            "Why?" he asked. Dr. Smith said no… Then he left :)
            - item one
            - item two

            A new paragraph, e.g. this one. It ends here!
            """
        let document = try segmented(text)
        let sentences = try #require(document.sentences)
        let tokens = try #require(document.tokens)
        #expect(sentences.count == 7)
        #expect(sentences.first?.tokens.lowerBound == 0)
        #expect(sentences.last?.tokens.upperBound == tokens.count)
        for (previous, next) in zip(sentences, sentences.dropFirst()) {
            #expect(previous.tokens.upperBound == next.tokens.lowerBound)
        }
        for sentence in sentences {
            #expect(!sentence.tokens.isEmpty)
            for token in tokens[sentence.tokens] {
                #expect(sentence.span.start <= token.span.start && token.span.end <= sentence.span.end)
            }
            #expect(sentence.span.start == tokens[sentence.tokens.lowerBound].span.start)
            #expect(sentence.span.end == tokens[sentence.tokens.upperBound - 1].span.end)
        }
    }

    @Test func offsetsAreUTF8Bytes() throws {
        let first = "Café über alles. "
        let text = first + "Ünïcödé rocks."
        let sentences = try #require(try segmented(text).sentences)
        #expect(sentences.map(\.span) == [
            Span(start: 0, end: first.utf8.count - 1), Span(start: first.utf8.count, end: text.utf8.count),
        ])
    }

    @Test func extraAbbreviationsKeepTheirDot() throws {
        try expectSentences("[[We met Amb.]] [[Harris yesterday.]]")
        var options = SegmentStage.Options()
        options.abbreviations = ["Amb."]
        try expectSentences("[[We met Amb. Harris yesterday.]]", options: options)
        try expectSentences("[[We met the Amb.]] [[They talked.]]", options: options)
    }

    @Test func rejectsAbbreviationsThatAreNoWord() {
        var options = SegmentStage.Options()
        options.abbreviations = ["two words"]
        #expect(throws: StageError.self) { try SegmentStage(options: options) }
        options.abbreviations = ["."]
        #expect(throws: StageError.self) { try SegmentStage(options: options) }
    }
}
