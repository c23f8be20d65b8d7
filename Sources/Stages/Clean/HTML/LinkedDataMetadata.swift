import TextPipeCore

/// Headline, author and publication date from a page's JSON-LD
/// (`<script type="application/ld+json">`), where news sites describe their
/// articles for search engines.
///
/// Takes the first object that has each property, looking through arrays
/// and `@graph` lists; an author may be a name, a person object or a list of
/// either.
struct LinkedDataMetadata {
    var headline: String?
    var author: String?
    var datePublished: String?

    /// Reads one script's content; scripts that are not valid JSON are ignored.
    mutating func read(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let value = try? JSONParser.parse(bytes) else { return }
        read(value, depth: 0)
    }

    /// Deeper than this, objects describe something other than the page.
    private static let deepest = 3

    private mutating func read(_ value: JSONValue, depth: Int) {
        guard depth <= Self.deepest else { return }
        if let array = value.arrayValue {
            for element in array { read(element, depth: depth + 1) }
            return
        }
        guard let object = value.objectValue else { return }
        headline = headline ?? object["headline"]?.stringValue.flatMap(Self.trimmed)
        datePublished = datePublished ?? object["datePublished"]?.stringValue.flatMap(Self.trimmed)
        author = author ?? object["author"].flatMap(Self.names)
        if let graph = object["@graph"] { read(graph, depth: depth + 1) }
    }

    /// The names in an author value, joined with commas.
    private static func names(_ value: JSONValue) -> String? {
        let names: [String] =
            switch value {
            case .string(let name): [name]
            case .object(let object): [object["name"]?.stringValue].compactMap { $0 }
            case .array(let values): values.compactMap(names)
            default: []
            }
        let trimmedNames = names.compactMap(trimmed)
        return trimmedNames.isEmpty ? nil : trimmedNames.joined(separator: ", ")
    }

    private static func trimmed(_ text: String) -> String? {
        let words = text.split(whereSeparator: \.isWhitespace)
        return words.isEmpty ? nil : words.joined(separator: " ")
    }
}
