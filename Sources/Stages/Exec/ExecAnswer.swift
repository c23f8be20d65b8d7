import TextPipeCore

/// A worker's answer to one document: the fields it adds or replaces.
///
/// Standard keys the answer repeats unchanged are ignored, so a worker may
/// echo the whole document back. Rules for the rest are in docs/exec-protocol.md.
struct ExecAnswer {
    let fields: JSONObject

    /// Keys of the protocol itself, never stored.
    private static let protocolKeys: Set<String> = ["textpipe", "id", "error"]
    /// Span lists that only the segment stage may set, since later stages rely on their consistency.
    private static let segmentKeys: Set<String> = ["paragraphs", "sentences", "tokens"]

    /// Reads one answer line, which must be a JSON object.
    static func parse(_ line: [UInt8]) throws(WorkerFailure) -> JSONObject {
        let snippet = String(decoding: line.prefix(60), as: UTF8.self) + (line.count > 60 ? "..." : "")
        let parsed: JSONValue
        do {
            parsed = try line.withUnsafeBufferPointer { try JSONParser.parse($0) }
        } catch {
            throw .garbage("\(error) in '\(snippet)'")
        }
        guard let object = parsed.objectValue else {
            throw .garbage("\(parsed.typeNameWithArticle) instead of an object: '\(snippet)'")
        }
        return object
    }

    /// Applies the answer to `document`, which was sent to the worker as `sent`.
    /// Throws when the worker reported an error or the answer does not fit.
    func apply(to document: inout Document, sent: [UInt8]) throws(StageError) {
        if let error = fields["error"] {
            throw StageError(error.stringValue ?? "the worker reported an error of type \(error.typeName)")
        }
        let original = Self.sentFields(sent, needed: fields.keys.contains { !Self.protocolKeys.contains($0) && $0 != "meta" })
        let changed = fields.filter { !Self.protocolKeys.contains($0.key) && original[$0.key] != $0.value }
        if let text = changed.first(where: { $0.key == "text" })?.value {
            try replaceText(of: &document, with: text)
        }
        var summaryChanged = false
        for (key, value) in changed {
            switch key {
            case "text": continue
            case "meta":
                guard let meta = value.objectValue else { throw StageError("\"meta\" must be an object") }
                for member in meta { document.meta[member.key] = member.value }
            case "entities": document.entities = try entities(value, in: document)
            case "tags": document.tags = try scored(value, label: "name").map { Tag(name: $0.0, score: $0.1) }
            case "keywords": document.keywords = try scored(value, label: "text").map { Keyword(text: $0.0, score: $0.1) }
            case "summary", "summary_sentences": summaryChanged = true
            case _ where Self.segmentKeys.contains(key):
                throw StageError("an exec stage cannot replace \"\(key)\"; run segment after it instead")
            default:
                document.annotations[named: key] = value == .null ? nil : ExecValue(json: value)
            }
        }
        if summaryChanged { document.summary = try summary(of: document) }
    }

    /// The sent document's fields, parsed only when the answer has fields to compare.
    private static func sentFields(_ sent: [UInt8], needed: Bool) -> JSONObject {
        guard needed else { return [:] }
        return (try? sent.withUnsafeBufferPointer { try JSONParser.parse($0) })?.objectValue ?? [:]
    }

    private func replaceText(of document: inout Document, with value: JSONValue) throws(StageError) {
        guard let text = value.stringValue else { throw StageError("\"text\" must be a string") }
        let hasSpans = document.paragraphs != nil || document.sentences != nil || document.tokens != nil
            || document.entities != nil || document.summary != nil
        guard !hasSpans else {
            throw StageError("the worker changed \"text\", but earlier stages' spans point into it; put the exec stage before segment")
        }
        document.text = text
    }

    private func entities(_ value: JSONValue, in document: Document) throws(StageError) -> [Entity] {
        guard let items = value.arrayValue else { throw StageError("\"entities\" must be a list") }
        let offsets = document.withUTF8 { ScalarByteOffsets($0) }
        var entities: [Entity] = []
        for item in items {
            guard let entity = item.objectValue, let label = entity["label"]?.stringValue,
                let start = entity["start"]?.intValue.flatMap(offsets.byteOffset),
                let end = entity["end"]?.intValue.flatMap(offsets.byteOffset), start <= end
            else {
                throw StageError(
                    "each entity needs a \"label\" and \"start\" <= \"end\" within the text's \(offsets.scalarCount) code points")
            }
            entities.append(Entity(span: Span(start: start, end: end), label: EntityLabel(rawValue: label),
                confidence: entity["confidence"]?.doubleValue))
        }
        return entities.sorted { $0.span < $1.span }
    }

    /// A list of `{LABEL: string, "score": number}` objects, as tags and keywords are written.
    private func scored(_ value: JSONValue, label: String) throws(StageError) -> [(String, Double)] {
        let problem = StageError("each item must be an object with a string \"\(label)\" and a number \"score\"")
        guard let items = value.arrayValue else { throw problem }
        var scored: [(String, Double)] = []
        for item in items {
            guard let name = item.objectValue?[label]?.stringValue, let score = item.objectValue?["score"]?.doubleValue
            else { throw problem }
            scored.append((name, score))
        }
        return scored
    }

    /// The summary from `summary` and `summary_sentences` (indices into the sentences); nil when `summary` is null.
    private func summary(of document: Document) throws(StageError) -> Summary? {
        let text = fields["summary"] ?? document.summary.map { .string($0.text) } ?? .null
        if text == .null { return nil }
        guard let text = text.stringValue else { throw StageError("\"summary\" must be a string") }
        let sentenceCount = document.sentences?.count ?? 0
        let indices = fields["summary_sentences"]?.arrayValue ?? []
        var sentenceIndices: [Int] = []
        for index in indices {
            guard let index = index.intValue, (0..<sentenceCount).contains(index) else {
                throw StageError("\"summary_sentences\" must hold indices of the \(sentenceCount) sentences")
            }
            sentenceIndices.append(index)
        }
        return Summary(text: text, sentenceIndices: sentenceIndices.sorted())
    }
}
