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
        // Called for every document, so no array of the three is built.
        Self.write(title, as: "title", into: &meta)
        Self.write(author, as: "author", into: &meta)
        Self.write(date, as: "date", into: &meta)
    }

    private static func write(_ value: String?, as key: String, into meta: inout JSONObject) {
        if let value, meta[key] == nil { meta[key] = .string(value) }
    }
}
