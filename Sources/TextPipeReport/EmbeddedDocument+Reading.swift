import TextPipeCore

extension EmbeddedDocument {
    /// Why an output line is not a document.
    struct NotADocument: Error {
        var message: String
    }

    /// Reads one line of a run's output.
    init(_ object: JSONObject) throws(NotADocument) {
        guard let id = object["id"]?.stringValue else { throw NotADocument(message: "no string \"id\"") }
        guard let text = object["text"]?.stringValue else { throw NotADocument(message: "no string \"text\"") }
        self.id = id
        self.text = text
        keys = object.keys
        wordCount = Self.words(in: text)
        let offsets = UTF16Offsets(text)
        let units = Array(text.utf16)
        for (key, value) in object where !Self.standardKeys.contains(key) { custom[key] = value }
        meta = object["meta"].flatMap { keep($0.objectValue, orShow: $0, as: "meta") }.flatMap { $0.isEmpty ? nil : $0 }
        sentences = object["sentences"].flatMap { keep(readSpans($0, offsets), orShow: $0, as: "sentences") }
        entities = object["entities"].flatMap { keep(readEntities($0, offsets, units), orShow: $0, as: "entities") }
        summarySentences = object["summary_sentences"].flatMap {
            keep(readIndices($0, below: sentences?.count ?? 0), orShow: $0, as: "summary_sentences")
        }
        let summaryText = object["summary"].flatMap { keep($0.stringValue, orShow: $0, as: "summary") }
        summary = summarySentences == nil ? summaryText : nil
        tags = object["tags"].flatMap { keep(readScored($0, nameKey: "name"), orShow: $0, as: "tags") }
        keywords = object["keywords"].flatMap { keep(readScored($0, nameKey: "text"), orShow: $0, as: "keywords") }
        summaryShare = share(summaryText: summaryText, textLength: offsets.scalarCount)
    }

    /// `read` when the value had the shape expected; otherwise the value goes to `custom` under `key`.
    private mutating func keep<T>(_ read: T?, orShow value: JSONValue, as key: String) -> T? {
        if read == nil { custom[key] = value }
        return read
    }

    private mutating func readSpans(_ value: JSONValue, _ offsets: UTF16Offsets) -> [Range<Int>]? {
        guard let elements = value.arrayValue else { return nil }
        var spans: [Range<Int>] = []
        for element in elements {
            guard let span = element.objectValue, let start = span["start"]?.intValue, let end = span["end"]?.intValue,
                let range = offsets.utf16Range(start: start, end: end)
            else {
                droppedSpans += 1
                continue
            }
            spans.append(range)
        }
        return spans
    }

    private mutating func readEntities(_ value: JSONValue, _ offsets: UTF16Offsets, _ units: [UTF16.CodeUnit])
        -> [Entity]?
    {
        guard let elements = value.arrayValue else { return nil }
        var entities: [Entity] = []
        for element in elements {
            guard let entity = element.objectValue, let start = entity["start"]?.intValue,
                let end = entity["end"]?.intValue, let label = entity["label"]?.stringValue,
                let range = offsets.utf16Range(start: start, end: end)
            else {
                droppedSpans += 1
                continue
            }
            let text = String(decoding: units[range], as: UTF16.self)
            entities.append(Entity(range: range, label: label, text: text))
        }
        return entities
    }

    private mutating func readIndices(_ value: JSONValue, below count: Int) -> [Int]? {
        guard let elements = value.arrayValue else { return nil }
        let indices = elements.compactMap { $0.intValue }.filter { (0..<count).contains($0) }
        droppedSpans += elements.count - indices.count
        return indices
    }

    private func readScored(_ value: JSONValue, nameKey: String) -> [Scored]? {
        guard let elements = value.arrayValue else { return nil }
        var scored: [Scored] = []
        for element in elements {
            guard let object = element.objectValue, let name = object[nameKey]?.stringValue else { return nil }
            scored.append(Scored(name: name, score: object["score"]?.doubleValue ?? 0))
        }
        return scored
    }

    /// The summary's share of the text: its own text when given, else its sentences.
    private func share(summaryText: String?, textLength: Int) -> Double? {
        guard textLength > 0 else { return nil }
        if let summaryText { return min(1, Double(summaryText.unicodeScalars.count) / Double(textLength)) }
        guard let summarySentences, let sentences else { return nil }
        let units = summarySentences.reduce(0) { $0 + sentences[$1].count }
        return min(1, Double(units) / Double(text.utf16.count))
    }

    /// Runs of non-whitespace bytes, a cheap word count good for a histogram.
    static func words(in text: String) -> Int {
        var count = 0
        var inWord = false
        for byte in text.utf8 {
            let isSpace = ASCII.isWhitespace(byte)
            if !isSpace && !inWord { count += 1 }
            inWord = !isSpace
        }
        return count
    }
}
