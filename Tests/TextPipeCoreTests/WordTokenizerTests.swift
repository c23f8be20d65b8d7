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
}
