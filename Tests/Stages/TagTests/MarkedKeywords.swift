import Testing
import TextPipeCore
import TextPipeTesting
@testable import TextPipeTag

/// Checks the keywords of a marked text: every marked phrase must come out
/// as a keyword, and no keyword may be one of `excluded` (compared ignoring
/// case). Returns the keywords, best first, for further checks.
@discardableResult
func expectKeywords(
    _ source: String, excluded: [String] = [], limit: Int = 10, sourceLocation: SourceLocation = #_sourceLocation
) throws -> [String] {
    let marked = MarkedText(source)
    var document = segmentedDocument(marked.text)
    var options = TagStage.Options()
    options.keywords = limit
    try TagStage(options: options).process(&document)
    let keywords = try #require(document.keywords, sourceLocation: sourceLocation).map(\.text)
    for mark in Set(marked.marks.map(\.text)) {
        #expect(keywords.contains(mark), "\(mark) missing from \(keywords)", sourceLocation: sourceLocation)
    }
    for word in excluded {
        #expect(
            !keywords.contains { $0.lowercased() == word.lowercased() }, "\(word) in \(keywords)",
            sourceLocation: sourceLocation)
    }
    return keywords
}
