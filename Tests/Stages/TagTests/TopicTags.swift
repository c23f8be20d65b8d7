import Testing
import TextPipeCore
import TextPipeTesting
@testable import TextPipeTag

/// The topic tags the tag stage gives `text` (no keywords), with options
/// changed by `configure`.
func topicTags(_ text: String, _ configure: (inout TagStage.Options) -> Void = { _ in }) throws -> [TextPipeCore.Tag] {
    var options = TagStage.Options()
    options.keywords = 0
    configure(&options)
    var document = segmentedDocument(text)
    try TagStage(options: options).process(&document)
    return try #require(document.tags)
}
