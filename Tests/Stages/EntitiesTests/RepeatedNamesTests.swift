import Testing
import TextPipeCore
import TextPipeTesting

@testable import TextPipeEntities

/// One name, one label per document: repetitions the model missed.
@Suite struct RepeatedNamesTests {
    /// The names `RepeatedNames` adds to the first occurrence of each `found`
    /// phrase (with its label) in `text`, as "text|LABEL".
    private func completed(_ text: String, found: [(String, EntityLabel)]) -> [String] {
        let document = segmentedDocument(text)
        return document.withUTF8 { bytes in
            let tokenText = TokenText(bytes: bytes, tokens: document.tokens!)
            var names: [Entity] = []
            var ranges: [Range<Int>] = []
            for (phrase, label) in found {
                let start = text.utf8.distance(from: text.startIndex, to: text.range(of: phrase)!.lowerBound)
                let tokens = tokenText.tokens.indices.filter {
                    tokenText.start($0) >= start && tokenText.end($0) <= start + phrase.utf8.count
                }
                ranges.append(tokens.first!..<tokens.last! + 1)
                names.append(Entity(span: tokenText.span(of: ranges.last!), label: label, confidence: 0.8))
            }
            let order = names.indices.sorted { names[$0].span < names[$1].span }
            return RepeatedNames.completed(order.map { names[$0] }, tokenRanges: order.map { ranges[$0] }, in: tokenText)
                .map { "\(text.utf8Slice($0.span))|\($0.label.rawValue)" }
        }
    }

    @Test func aNameFoundOnceIsFoundWhereItRecurs() {
        let names = completed(
            "The Velmora Housing Office (VHO) met. Months later VHO said no, and VHO, they said, was right.",
            found: [("Velmora Housing Office", .organization), ("VHO", .organization)])
        #expect(names == ["Velmora Housing Office|ORG", "VHO|ORG", "VHO|ORG", "VHO|ORG"])
    }

    @Test func aPersonNamedInFullIsFoundByTheSurname() {
        let names = completed("Talia Brennick spoke first. Then Brennick left.", found: [("Talia Brennick", .person)])
        #expect(names == ["Talia Brennick|PERSON", "Brennick|PERSON"])
    }

    @Test func aRepetitionInsideALongerNameOrInLowerCaseIsLeftAlone() {
        let names = completed(
            "Brennick spoke. The Brennick Foundation paid, and brennick was glad.",
            found: [("Brennick", .person)])
        #expect(names == ["Brennick|PERSON"])
    }
}

extension String {
    /// The text of the UTF-8 byte span `span`.
    fileprivate func utf8Slice(_ span: Span) -> String {
        String(decoding: Array(utf8)[span.start..<span.end], as: UTF8.self)
    }
}
