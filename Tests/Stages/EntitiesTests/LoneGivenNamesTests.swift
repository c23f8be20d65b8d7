import Testing
import TextPipeCore
import TextPipeTesting

@testable import TextPipeEntities

/// Given names alone on a line: how e-mail greets and signs.
@Suite struct LoneGivenNamesTests {
    /// The names `LoneGivenNames` adds to none found in `text`, as "text|LABEL".
    private func added(_ text: String) -> [String] {
        let names = withTokenText(text) { tokenText, _ in
            LoneGivenNames.added(to: [], tokenRanges: [], in: tokenText).names
        }
        return zip(texts(of: names.map(\.span), in: text), names).map { "\($0)|\($1.label)" }
    }

    @Test func aGreetingLineAndASignatureLineAreNames() {
        #expect(added("Maria,\nThe files are attached.\nThanks,\nTomas") == ["Maria|PERSON", "Tomas|PERSON"])
        #expect(added("Maria -\nsee below") == ["Maria|PERSON"])
    }

    @Test func otherLinesAreLeftToTheModel() {
        // A name inside a sentence, a word the lists do not know as a given name,
        // a name in capitals or lower case, and a given name that is also a place.
        #expect(added("Maria left early.\nZorvath\nMARIA\nmaria\nJordan") == [])
    }

    @Test func aNameTheModelFoundIsNotAddedAgain() {
        let result = withTokenText("Maria,\nhi") { tokenText, _ in
            let found = Entity(span: tokenText.span(of: 0..<1), label: .person, confidence: 0.9)
            return LoneGivenNames.added(to: [found], tokenRanges: [0..<1], in: tokenText)
        }
        #expect(result.names.count == 1 && result.names[0].confidence == 0.9)
        #expect(result.tokenRanges == [0..<1])
    }
}
