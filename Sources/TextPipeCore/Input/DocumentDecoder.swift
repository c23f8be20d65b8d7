/// Turns raw input into ``Document``s: checks for binary and empty content,
/// repairs invalid UTF-8 (with a warning), and unpacks JSONL objects.
public enum DocumentDecoder {
    /// Why a raw document cannot become a document.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        /// The document's id (the JSONL id when the line had one).
        public var id: String
        public var description: String
    }

    /// The document, or a failure naming the id and the reason.
    public static func decode(_ raw: RawDocument) throws(Failure) -> Document {
        switch raw.content {
        case .failure(let message):
            throw Failure(id: raw.fallbackID, description: message)
        case .elsewhere:
            throw Failure(id: raw.fallbackID, description: "not read: another shard's document")
        case .file(let bytes):
            return try decodeFile(bytes, raw: raw)
        case .jsonLine(let bytes):
            return try decodeLine(bytes, raw: raw)
        }
    }

    private static func decodeFile(_ bytes: [UInt8], raw: RawDocument) throws(Failure) -> Document {
        let id = raw.fallbackID
        if bytes.isEmpty { throw Failure(id: id, description: "empty file; nothing to process") }
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            throw Failure(id: id, description: "UTF-16 text is not supported; convert the file to UTF-8")
        }
        if bytes.contains(0) { throw Failure(id: id, description: "binary file (contains NUL bytes); skipped") }
        var document = Document(id: id, text: "", source: raw.source)
        document.text = text(from: bytes, warnInto: &document)
        if document.text.isEmpty { throw Failure(id: id, description: "empty file; nothing to process") }
        return document
    }

    /// The text of `bytes` without a byte order mark; invalid UTF-8 is replaced with U+FFFD and noted.
    private static func text(from bytes: [UInt8], warnInto document: inout Document) -> String {
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...]
        if let text = String(validating: body, as: UTF8.self) { return text }
        document.addWarning("invalid UTF-8: malformed bytes were replaced with U+FFFD")
        return String(decoding: body, as: UTF8.self)
    }

    private static func decodeLine(_ bytes: [UInt8], raw: RawDocument) throws(Failure) -> Document {
        let fallbackID = raw.fallbackID
        let value: JSONValue
        do {
            value = try bytes.withUnsafeBufferPointer { buffer throws(JSONParser.SyntaxError) in
                try JSONParser.parse(buffer)
            }
        } catch {
            let hint = String(validating: bytes, as: UTF8.self) == nil ? " (the line is not valid UTF-8)" : ""
            throw Failure(id: fallbackID, description: "\(error)\(hint)")
        }
        guard case .object(let object) = value else {
            throw Failure(id: fallbackID, description: "a JSONL line must be an object, not \(value.typeNameWithArticle)")
        }
        var id = fallbackID
        switch object["id"] {
        case nil, .null?: break
        case .string(let text)?: id = text
        case .number(let text)?: id = text
        case let other?: throw Failure(id: fallbackID, description: "\"id\" must be a string or number, not \(other.typeNameWithArticle)")
        }
        guard let textValue = object["text"] else {
            throw Failure(id: id, description: "the object has no \"text\" key")
        }
        guard case .string(let text) = textValue else {
            throw Failure(id: id, description: "\"text\" must be a string, not \(textValue.typeNameWithArticle)")
        }
        if text.isEmpty { throw Failure(id: id, description: "\"text\" is empty; nothing to process") }
        var meta = JSONObject()
        if String(validating: bytes, as: UTF8.self) == nil {
            meta["warnings"] = .array([.string("invalid UTF-8: malformed bytes were replaced with U+FFFD")])
        }
        for member in object where member.key != "id" && member.key != "text" {
            if member.key == "meta", case .object(let inner) = member.value {
                for innerMember in inner { meta[innerMember.key] = innerMember.value }
            } else {
                meta[member.key] = member.value
            }
        }
        return Document(id: id, text: text, source: raw.source, meta: meta)
    }
}
