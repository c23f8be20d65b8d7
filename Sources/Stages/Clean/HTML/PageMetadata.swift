import TextPipeCore

/// What a page says about itself in its markup.
struct PageMetadata: Sendable, Equatable {
    var title: String?
    var author: String?
    /// The publication date as the page writes it (usually ISO 8601).
    var date: String?

    /// Sets `meta["title"]`, `meta["author"]` and `meta["date"]` for the values
    /// found; keys the input already has are kept, as the input knows best.
    func write(into meta: inout JSONObject) {
        for (key, value) in [("title", title), ("author", author), ("date", date)] {
            if let value, meta[key] == nil { meta[key] = .string(value) }
        }
    }
}
