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
        #expect(EntitiesStage.Options.documentation.map(\.name) == ["labels", "min_confidence", "model", "gazetteer"])
    }

    @Test func optionKeysAreSnakeCase() throws {
        let json = Data(
            #"{"labels": ["PERSON", "DATE"], "min_confidence": 0.5, "model": "m.tpmodel", "gazetteer": "g.yaml"}"#.utf8)
        let options = try JSONDecoder().decode(EntitiesStage.Options.self, from: json)
        #expect(options.labels == ["PERSON", "DATE"])
        #expect(options.minConfidence == 0.5)
        #expect(options.model == "m.tpmodel" && options.gazetteer == "g.yaml")
    }

    @Test func aMissingModelFileIsAStageError() {
        var options = EntitiesStage.Options()
        options.model = "/no/such/file.tpmodel"
        #expect(throws: StageError.self) { try EntitiesStage(options: options) }
    }

    @Test func anotherModelFileCanBeUsed() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("entities-model-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("copy.tpmodel").path
        try EntitiesStage.builtInModel.get().write(toFile: path)
        var options = EntitiesStage.Options()
        options.model = path
        var document = segmentedDocument("Amelia Earhart flew from Hawaii.")
        try EntitiesStage(options: options).process(&document)
        #expect(document.entities?.map(\.label) == [.person, .location])
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
        func names(atLeast minimum: Double) throws -> [Entity] {
            var options = EntitiesStage.Options()
            options.minConfidence = minimum
            var document = segmentedDocument("The prize went to Ferren Aldous and Maria Lopez in Madrid, wrote Quell.")
            try EntitiesStage(options: options).process(&document)
            return document.entities ?? []
        }
        let all = try names(atLeast: 0)
        let sure = try names(atLeast: 0.9)
        #expect(sure.allSatisfy { ($0.confidence ?? 1) >= 0.9 })
        #expect(sure.count < all.count)
        #expect(sure.allSatisfy { kept in all.contains { $0.span == kept.span && $0.label == kept.label } })
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
        var options = EntitiesStage.Options()
        options.minConfidence = 0
        try EntitiesStage(options: options).process(&document)
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
        let marked = MarkedText("The café owner [[José Álvarez|PERSON]] moved to [[Zürich|LOC]] for [[€5 million|MONEY]].")
        let entities = try found(marked.text)
        #expect(entities == expected(marked))
    }

    // MARK: - User gazetteer

    private func stage(gazetteer contents: String, named name: String) throws -> EntitiesStage {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("entities-gazetteer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent(name).path
        try contents.write(toFile: path, atomically: true, encoding: .utf8)
        var options = EntitiesStage.Options()
        options.gazetteer = path
        return try EntitiesStage(options: options)
    }

    private func matches(_ source: String, with stage: EntitiesStage) throws -> (found: [String], expected: [String]) {
        let marked = MarkedText(source)
        var document = segmentedDocument(marked.text)
        try stage.process(&document)
        let entities = document.entities ?? []
        return (zip(texts(of: entities.map(\.span), in: marked.text), entities).map { "\($0)|\($1.label)" }, expected(marked))
    }

    @Test func yamlGazetteerAddsAndOverridesEntities() throws {
        let stage = try stage(gazetteer: "Quellmark Forge: ORG\nParis Hilton: PERSON\n", named: "names.yaml")
        let result = try matches("[[Quellmark Forge|ORG]] hired [[Paris Hilton|PERSON]] in [[Oslo|LOC]].", with: stage)
        #expect(result.found == result.expected)
    }

    @Test func tsvGazetteerMatchesExactCaseOnly() throws {
        let stage = try stage(gazetteer: "# phrases\nBlue Lagoon\tLOC\n\n", named: "names.tsv")
        let result = try matches("We swam in the [[Blue Lagoon|LOC]], not the blue lagoon.", with: stage)
        #expect(result.found == result.expected)
        let entity = try #require(try { () -> Entity? in
            var document = segmentedDocument("We swam in the Blue Lagoon.")
            try stage.process(&document)
            return document.entities?.first
        }())
        #expect(entity.confidence == 1)
    }

    @Test(arguments: [
        ("names.yaml", "Acme: COMPANY\n"),
        ("names.tsv", "Acme ORG\n"),
        ("names.yaml", "- just\n- a list\n"),
    ])
    func badGazetteersAreStageErrors(_ name: String, _ contents: String) {
        #expect(throws: StageError.self) { try stage(gazetteer: contents, named: name) }
    }

    @Test func aMissingGazetteerIsAStageError() {
        var options = EntitiesStage.Options()
        options.gazetteer = "/no/such/gazetteer.yaml"
        #expect(throws: StageError.self) { try EntitiesStage(options: options) }
    }
}
