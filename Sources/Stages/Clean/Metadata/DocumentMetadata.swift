import TextPipeCore

/// What a document says about itself: an HTML page in its markup, a text or
/// Markdown document in its headline, byline and dateline.
struct DocumentMetadata: Sendable, Equatable {
    var title: String?
    var author: String?
    /// The publication date, in ISO 8601 where ``DateReader`` reads it.
    var date: String?

    /// Sets `meta["title"]`, `meta["author"]` and `meta["date"]` for the values
    /// found; keys the input already has are kept, as the input knows best.
    func write(into meta: inout JSONObject) {
        for (key, value) in [("title", title), ("author", author), ("date", date)] {
            if let value, meta[key] == nil { meta[key] = .string(value) }
        }
    }
}
