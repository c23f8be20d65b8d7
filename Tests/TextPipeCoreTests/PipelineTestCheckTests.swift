import Testing

@testable import TextPipeCore

/// The checks of pipeline tests on output values.
@Suite struct PipelineTestCheckTests {
    private func check(_ kind: Check.Kind, _ value: JSONValue) -> Check {
        Check(kind: kind, value: value, location: .init(line: 1, column: 1))
    }

    private let entities: JSONValue = .array([
        .object(["text": .string("Ana Ruiz"), "label": .string("PERSON"), "start": .integer(0)]),
        .object(["text": .string("Oslo"), "label": .string("LOC"), "start": .integer(13)]),
    ])

    @Test func listElementsMatchOnTheKeysGiven() {
        let anna: JSONValue = .array([.object(["text": .string("Ana Ruiz")])])
        #expect(CheckEvaluation.failure(of: check(.includes, anna), on: entities) == nil)
        #expect(CheckEvaluation.failure(of: check(.excludes, anna), on: entities)?.hasPrefix("present") == true)
        let wrongLabel: JSONValue = .array([.object(["text": .string("Oslo"), "label": .string("ORG")])])
        #expect(CheckEvaluation.failure(of: check(.includes, wrongLabel), on: entities)?.hasPrefix("missing") == true)
        #expect(CheckEvaluation.failure(of: check(.first, .object(["label": .string("PERSON")])), on: entities) == nil)
        #expect(CheckEvaluation.failure(of: check(.count, .integer(2)), on: entities) == nil)
        #expect(CheckEvaluation.failure(of: check(.minCount, .integer(3)), on: entities) != nil)
    }

    @Test func numbersCompareByValue() {
        #expect(CheckEvaluation.failure(of: check(.equals, .number("0.5")), on: .number("0.50")) == nil)
        #expect(CheckEvaluation.failure(of: check(.min, .number("0.6")), on: .number("0.5")) == "0.5")
        #expect(CheckEvaluation.failure(of: check(.max, .number("0.6")), on: .number("0.5")) == nil)
    }

    @Test func stringsAndTheirPatterns() {
        let text: JSONValue = .string("Ships left Oslo at dawn.")
        #expect(CheckEvaluation.failure(of: check(.contains, .string("Oslo")), on: text) == nil)
        #expect(CheckEvaluation.failure(of: check(.notContains, .string("Oslo")), on: text) != nil)
        #expect(CheckEvaluation.failure(of: check(.matches, .string("^Ships .* dawn\\.$")), on: text) == nil)
        #expect(CheckEvaluation.failure(of: check(.matches, .string("^Oslo")), on: text) != nil)
    }

    @Test func aMissingFieldOrAnotherTypeFails() {
        #expect(CheckEvaluation.failure(of: check(.count, .integer(1)), on: nil) == "the output has no such field")
        #expect(CheckEvaluation.failure(of: check(.count, .integer(1)), on: .string("x"))?.hasPrefix("expected a list") == true)
        #expect(CheckEvaluation.failure(of: check(.contains, .string("x")), on: entities)?.hasPrefix("expected a string") == true)
    }

    @Test func fieldsAreFoundByDottedPaths() {
        let record: JSONObject = ["meta": .object(["title": .string("Talks")]), "id": .string("a")]
        #expect(PipelineTestRunner.field("meta.title", in: record) == .string("Talks"))
        #expect(PipelineTestRunner.field("meta.author", in: record) == nil)
    }
}
