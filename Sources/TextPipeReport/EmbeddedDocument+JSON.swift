import TextPipeCore

extension EmbeddedDocument {
    /// The document as the page reads it, with short keys because a report
    /// may hold 100,000 documents: `i` id, `t` text, `e` entities as flat
    /// `start, end, label` triples, `s` sentences as flat `start, end` pairs
    /// (UTF-16 offsets), `m` summary sentence indices, `sum` the summary text
    /// (only without `m`), `g` tags as flat `tag, score` pairs, `k` keyphrases
    /// as flat `text, score` pairs, `meta`, and `x` the other keys. Labels and
    /// tags are indices into the report's `labels` and `tags` tables.
    func json(labels: inout IndexTable, tags tagTable: inout IndexTable) -> JSONValue {
        var object: JSONObject = ["i": .string(id), "t": .string(text)]
        if let entities {
            object["e"] = .array(
                entities.flatMap { [.integer($0.range.lowerBound), .integer($0.range.upperBound), .integer(labels.index(of: $0.label))] })
        }
        if let sentences {
            object["s"] = .array(sentences.flatMap { [.integer($0.lowerBound), .integer($0.upperBound)] })
        }
        if let summarySentences { object["m"] = .array(summarySentences.map { .integer($0) }) }
        if let summary { object["sum"] = .string(summary) }
        if let tags {
            object["g"] = .array(tags.flatMap { [.integer(tagTable.index(of: $0.name)), Self.score($0.score)] })
        }
        if let keywords { object["k"] = .array(keywords.flatMap { [.string($0.name), Self.score($0.score)] }) }
        if let meta { object["meta"] = .object(meta) }
        if !custom.isEmpty { object["x"] = .object(custom) }
        return .object(object)
    }

    /// Two decimals are plenty to read and keep the page small.
    static func score(_ value: Double) -> JSONValue { .double((value * 100).rounded() / 100) }
}
