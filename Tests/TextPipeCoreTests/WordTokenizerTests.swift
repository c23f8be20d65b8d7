import Testing
import TextPipeCore

@Suite struct WordTokenizerTests {
    private func tokenTexts(_ text: String) -> [String] {
        let tokens = WordTokenizer.tokens(in: text)
        return tokens.map { token in
            String(decoding: Array(text.utf8)[token.span.start..<token.span.end], as: UTF8.self)
        }
    }

    @Test func keepsContractionsHyphensAndInitialisms() {
        #expect(tokenTexts("Don't call the U.S. well-known O’Brien.") == [
            "Don't", "call", "the", "U.S.", "well-known", "O’Brien", ".",
        ])
        #expect(tokenTexts("e.g. this") == ["e.g.", "this"])
    }

    @Test func keepsNumbersWithSeparatorsAndUnits() {
        #expect(tokenTexts("It cost $1,000.50 at 10:30 on 2024-03-01, the 5th.") == [
            "It", "cost", "$", "1,000.50", "at", "10:30", "on", "2024-03-01", ",", "the", "5th", ".",
        ])
    }

    @Test func groupsRepeatedPunctuationAndHandlesUnicode() {
        #expect(tokenTexts("Wait... what?! Café “naïve” — ok") == [
            "Wait", "...", "what", "?!", "Café", "“", "naïve", "”", "—", "ok",
        ])
    }

    @Test func classifiesKinds() {
        let kinds = WordTokenizer.tokens(in: "Hi 42 ! €").map(\.kind)
        #expect(kinds == [.word, .number, .punctuation, .symbol])
    }

    /// Found by fuzzing (segment): a decimal digit of another script, such as
    /// NKo ߂ (two bytes), made a one-byte token that split the character.
    @Test func keepsDigitsOfOtherScriptsWhole() {
        let bytes: [UInt8] = [0xCD, 0xDF, 0x82, 0x3F, 0x7D, 0x00, 0x00, 0x00, 0x2A, 0x3F]
        let text = String(decoding: bytes, as: UTF8.self)
        let utf8 = Array(text.utf8)
        for token in WordTokenizer.tokens(in: text) {
            #expect(utf8.indices.contains(token.span.start) && !isContinuation(utf8[token.span.start]))
            #expect(token.span.end == utf8.count || !isContinuation(utf8[token.span.end]))
        }
        #expect(tokenTexts("߂ ٣ x߂") == ["߂", "٣", "x߂"])
        #expect(WordTokenizer.tokens(in: "߂ ٣").map(\.kind) == [.number, .number])
    }

    private func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }
}
