import Testing
import TextPipeCore
import TextPipeTesting
@testable import TextPipeSegment

/// Runs the segment stage over `text` with `options`.
func segmented(_ text: String, options: SegmentStage.Options = SegmentStage.Options()) throws -> Document {
    var document = Document(id: "test", text: text)
    try SegmentStage(options: options).process(&document)
    return document
}

/// Checks that the stage finds exactly the sentences marked `[[...]]` in `marked`.
func expectSentences(
    _ marked: String, options: SegmentStage.Options = SegmentStage.Options(),
    sourceLocation: SourceLocation = #_sourceLocation
) throws {
    let expected = MarkedText(marked)
    let document = try segmented(expected.text, options: options)
    let found = document.sentences?.map(\.span) ?? []
    #expect(
        texts(of: found, in: expected.text) == expected.marks.map(\.text), sourceLocation: sourceLocation)
    #expect(found == expected.marks.map(\.span), sourceLocation: sourceLocation)
}

/// Checks the sentences marked in `marked` as ``expectSentences(_:options:sourceLocation:)``
/// does, and that exactly those marked `|heading` are flagged as headings.
func expectHeadings(
    _ marked: String, options: SegmentStage.Options = SegmentStage.Options(),
    sourceLocation: SourceLocation = #_sourceLocation
) throws {
    try expectSentences(marked, options: options, sourceLocation: sourceLocation)
    let expected = MarkedText(marked)
    let document = try segmented(expected.text, options: options)
    let headings = (document.sentences ?? []).filter(\.isHeading).map(\.span)
    #expect(headings == expected.marks.filter { $0.label == "heading" }.map(\.span), sourceLocation: sourceLocation)
}
