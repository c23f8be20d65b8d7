import Foundation
import Testing
import TextPipeCore
import TextPipeTesting

@testable import TextPipeEntities

@Suite struct EntitiesStageTests {
    @Test func describesItself() {
        #expect(EntitiesStage.name == "entities")
        #expect(EntitiesStage.needs == [.sentences, .tokens])
        #expect(EntitiesStage.provides == [.entities])
        #expect(EntitiesStage.Options.documentation.map(\.name) == ["labels", "min_confidence"])
    }

    @Test func optionKeysAreSnakeCase() throws {
        let json = Data(#"{"labels": ["PERSON", "DATE"], "min_confidence": 0.5}"#.utf8)
        let options = try JSONDecoder().decode(EntitiesStage.Options.self, from: json)
        #expect(options.labels == ["PERSON", "DATE"])
        #expect(options.minConfidence == 0.5)
    }

    @Test func keepsOnlyTheLabelsAsked() throws {
        var options = EntitiesStage.Options()
        options.labels = ["DATE"]
        let entities = try found("[[Anna Berg|PERSON]] left [[Oslo|LOC]] on [[May 5|DATE]].", options: options)
        #expect(entities == ["May 5|DATE"])
    }

    @Test func unknownLabelsListTheValidOnes() {
        var options = EntitiesStage.Options()
        options.labels = ["PERSON", "CITY"]
        #expect {
            try EntitiesStage(options: options)
        } throws: { error in
            let message = (error as? StageError)?.message ?? ""
            return message.contains("CITY") && message.contains("PERSON, ORG, LOC, MISC, DATE")
        }
    }

    @Test func confidenceOutsideZeroToOneIsRejected() {
        var options = EntitiesStage.Options()
        options.minConfidence = 1.5
        #expect(throws: StageError.self) { try EntitiesStage(options: options) }
    }

    @Test func minConfidenceDropsGuesses() throws {
        var options = EntitiesStage.Options()
        options.minConfidence = 0.5
        let text = "The prize went to Ferren Aldous and [[Maria Lopez|PERSON]] in [[Madrid|LOC]]."
        let marked = MarkedText(text)
        let entities = try found(marked.text, options: options)
        #expect(entities == expected(marked))
    }

    @Test func everyEntityHasAConfidence() throws {
        var document = segmentedDocument("Anna Berg paid $5 to example.com on May 5 in Oslo.")
        try EntitiesStage(options: .init()).process(&document)
        let entities = try #require(document.entities)
        #expect(entities.count == 5)
        #expect(entities.allSatisfy { ($0.confidence ?? -1) > 0 })
    }

    @Test func entitiesAreSortedAndDoNotOverlap() throws {
        var document = segmentedDocument(
            "On Monday, March 4, Dr. Anna Berg of Globex Corp told reporters in New York that 40% of "
                + "the $2.5bn fund, about 3 tonnes of gold, sits at www.example.com (call 555-010-2000).")
        try EntitiesStage(options: .init()).process(&document)
        let spans = try #require(document.entities).map(\.span)
        #expect(spans.count >= 9)
        #expect(spans == spans.sorted())
        #expect(zip(spans, spans.dropFirst()).allSatisfy { $0.end <= $1.start })
    }

    @Test func worksWithoutSegmentation() throws {
        var document = Document(id: "raw", text: "Amelia Earhart flew from Hawaii in 1935.")
        try EntitiesStage(options: .init()).process(&document)
        let labels = document.entities?.map { "\(document.text(of: $0.span))|\($0.label)" }
        #expect(labels == ["Amelia Earhart|PERSON", "Hawaii|LOC", "1935|DATE"])
    }

    @Test func spansAreUTF8Bytes() throws {
        let marked = MarkedText("Café owner [[José Álvarez|PERSON]] moved to [[Zürich|LOC]] for [[€5 million|MONEY]].")
        let entities = try found(marked.text)
        #expect(entities == expected(marked))
    }
}
