import TextPipeCore

/// One document of a run's output as the report sees it: spans in UTF-16
/// offsets (see ``UTF16Offsets``), the keys of the standard stages read into
/// fields, and every other key (a custom stage's, or a standard key in a shape
/// the report does not know) kept as it is, to be listed as JSON.
struct EmbeddedDocument {
    /// A highlighted name or pattern: its UTF-16 range, label and text.
    struct Entity: Equatable {
        var range: Range<Int>
        var label: String
        var text: String
    }

    /// A tag or keyphrase with its score.
    struct Scored: Equatable {
        var name: String
        var score: Double
    }

    var id: String
    var text: String
    var meta: JSONObject?
    var sentences: [Range<Int>]?
    var entities: [Entity]?
    /// The summary's text, kept only when the output does not say which sentences it is made of.
    var summary: String?
    /// Indices into `sentences` of the summary's sentences.
    var summarySentences: [Int]?
    var tags: [Scored]?
    var keywords: [Scored]?
    /// Keys the report shows as JSON, in output order.
    var custom = JSONObject()
    /// Every key of the output line, in order.
    var keys: [String]
    /// Spans and indices left out because they do not fit the text (or the sentences).
    var droppedSpans = 0
    /// Words in the text (runs of non-space characters).
    var wordCount: Int
    /// The summary's length as a share of the text's length (characters), from 0 to 1.
    var summaryShare: Double?

    /// Keys the report reads itself; any other key is shown as JSON.
    /// (`paragraphs` and `tokens` are left out of the page: the text shows
    /// its paragraphs, and tokens would double its size.)
    static let standardKeys: Set<String> = [
        "id", "text", "meta", "paragraphs", "tokens", "sentences", "entities", "summary", "summary_sentences", "tags",
        "keywords",
    ]
}
