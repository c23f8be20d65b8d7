import Testing
import TextPipeCore
import TextPipeTesting

@testable import TextPipeEntities

/// One name, one label per document: repetitions the model missed.
@Suite struct RepeatedNamesTests {
    /// The names `RepeatedNames` makes of `found` (each the first occurrence
    /// of a phrase after the occurrences before it, with its label and
    /// confidence) in `text`, as "text|LABEL|confidence".
    private func completed(_ text: String, found: [(String, EntityLabel, Double)]) -> [String] {
        let document = segmentedDocument(text)
        return document.withUTF8 { bytes in
            let tokenText = TokenText(bytes: bytes, tokens: document.tokens!)
            var names: [Entity] = []
            var ranges: [Range<Int>] = []
            var searchFrom = text.startIndex
            for (phrase, label, confidence) in found {
                let range = text.range(of: phrase, range: searchFrom..<text.endIndex)!
                searchFrom = range.upperBound
                let start = text.utf8.distance(from: text.startIndex, to: range.lowerBound)
                let tokens = tokenText.tokens.indices.filter {
                    tokenText.start($0) >= start && tokenText.end($0) <= start + phrase.utf8.count
                }
                ranges.append(tokens.first!..<tokens.last! + 1)
                names.append(Entity(span: tokenText.span(of: ranges.last!), label: label, confidence: confidence))
            }
            let order = names.indices.sorted { names[$0].span < names[$1].span }
            return RepeatedNames.completed(order.map { names[$0] }, tokenRanges: order.map { ranges[$0] }, in: tokenText)
                .map { "\(text.utf8Slice($0.span))|\($0.label.rawValue)|\($0.confidence!)" }
        }
    }

    @Test func aNameFoundOnceIsFoundWhereItRecurs() {
        let names = completed(
            "The Velmora Housing Office (VHO) met. Months later VHO said no, and VHO, they said, was right.",
            found: [("Velmora Housing Office", .organization, 0.8), ("VHO", .organization, 0.8)])
        #expect(names == ["Velmora Housing Office|ORG|0.8", "VHO|ORG|0.8", "VHO|ORG|0.8", "VHO|ORG|0.8"])
    }

    @Test func aPersonNamedInFullIsFoundByTheSurname() {
        let names = completed("Talia Brennick spoke first. Then Brennick left.", found: [("Talia Brennick", .person, 0.8)])
        #expect(names == ["Talia Brennick|PERSON|0.8", "Brennick|PERSON|0.8"])
    }

    @Test func aPersonNamedInFullIsFoundByAListedGivenName() {
        let names = completed(
            "Maria Brennick joined us today. Maria starts on the desk.", found: [("Maria Brennick", .person, 0.8)])
        #expect(names == ["Maria Brennick|PERSON|0.8", "Maria|PERSON|0.8"])
    }

    @Test func aRepetitionInsideALongerNameOrInLowerCaseIsLeftAlone() {
        let names = completed(
            "Brennick spoke. The Brennick Foundation paid, and brennick was glad.",
            found: [("Brennick", .person, 0.8)])
        #expect(names == ["Brennick|PERSON|0.8"])
    }

    @Test func aNameFoundAgainTakesItsMostCertainLabelAndConfidence() {
        let names = completed(
            "We flew to Ostreva in May. Ostreva was warm, and Ostreva was cheap.",
            found: [("Ostreva", .location, 0.4), ("Ostreva", .location, 0.9), ("Ostreva", .person, 0.6)])
        #expect(names == ["Ostreva|LOC|0.9", "Ostreva|LOC|0.9", "Ostreva|LOC|0.9"])
    }

    @Test func aSurnameAloneTakesTheLabelOfThePersonNamedInFull() {
        let names = completed(
            "Talia Brennick spoke first. Then Brennick left.",
            found: [("Talia Brennick", .person, 0.9), ("Brennick", .organization, 0.5)])
        #expect(names == ["Talia Brennick|PERSON|0.9", "Brennick|PERSON|0.9"])
    }
}

extension String {
    /// The text of the UTF-8 byte span `span`.
    fileprivate func utf8Slice(_ span: Span) -> String {
        String(decoding: Array(utf8)[span.start..<span.end], as: UTF8.self)
    }
}
