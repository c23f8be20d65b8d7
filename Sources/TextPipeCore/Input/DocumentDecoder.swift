/// Turns raw input into ``Document``s: checks for binary and empty content,
/// converts UTF-16 with a byte order mark, repairs invalid UTF-8 and UTF-16
/// (with a warning), and unpacks JSONL objects.
public enum DocumentDecoder {
    /// The warning for text whose malformed UTF-8 was replaced.
    public static let invalidUTF8Warning = "invalid UTF-8: malformed bytes were replaced with U+FFFD"
    /// The warning for text whose malformed UTF-16 was replaced.
    public static let invalidUTF16Warning = "invalid UTF-16: unpaired surrogates were replaced with U+FFFD"

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
        var document = Document(id: id, text: "", source: raw.source)
        for warning in raw.warnings { document.addWarning(warning) }
        if let byteOrder = UTF16Transcoder.byteOrder(markedAtStartOf: bytes) {
            let utf8 = utf8(fromUTF16: bytes.dropFirst(UTF16Transcoder.markLength), byteOrder, warnInto: &document)
            if utf8.contains(0) {
                throw Failure(id: id, description: "binary file (UTF-16 with NUL characters); skipped")
            }
            document.text = String(decoding: utf8, as: UTF8.self)
        } else {
            if bytes.contains(0) { throw Failure(id: id, description: "binary file (contains NUL bytes); skipped") }
            document.text = text(fromUTF8: bytes, warnInto: &document)
        }
        if document.text.isEmpty { throw Failure(id: id, description: "empty file; nothing to process") }
        return document
    }

    /// The text of `bytes` without a byte order mark; invalid UTF-8 is replaced with U+FFFD and noted.
    private static func text(fromUTF8 bytes: [UInt8], warnInto document: inout Document) -> String {
        let mark = UTF8ByteOrderMark.bytes
        let body = bytes.starts(with: mark) ? bytes[mark.count...] : bytes[...]
        if let text = String(validating: body, as: UTF8.self) { return text }
        document.addWarning(invalidUTF8Warning)
        return String(decoding: body, as: UTF8.self)
    }

    /// UTF-16 `bytes` (after the byte order mark) as UTF-8; unpaired
    /// surrogates are replaced with U+FFFD and noted.
    private static func utf8(
        fromUTF16 bytes: ArraySlice<UInt8>, _ byteOrder: UTF16Transcoder.ByteOrder, warnInto document: inout Document
    ) -> [UInt8] {
        var transcoder = UTF16Transcoder(byteOrder: byteOrder)
        var utf8: [UInt8] = []
        var repairs: [Int] = []
        utf8.reserveCapacity(bytes.count * 3 / 2)
        transcoder.transcode(bytes, into: &utf8, repairs: &repairs)
        transcoder.finish(into: &utf8, repairs: &repairs)
        if !repairs.isEmpty { document.addWarning(invalidUTF16Warning) }
        return utf8
    }

    private static func decodeLine(_ bytes: [UInt8], raw: RawDocument) throws(Failure) -> Document {
        // Asked for only when needed: for a shard's line it may mean counting lines.
        var fallbackID: String { raw.fallbackID }
        let value: JSONValue
        do {
            value = try bytes.withUnsafeBufferPointer { buffer throws(JSONParser.SyntaxError) in
                try JSONParser.parse(buffer)
            }
        } catch {
            throw Failure(id: fallbackID, description: "\(error)\(syntaxErrorHint(bytes, fromStandardInput: raw.source.path == nil))")
        }
        guard case .object(let object) = value else {
            throw Failure(id: fallbackID, description: "a JSONL line must be an object, not \(value.typeNameWithArticle)")
        }
        let id: String
        switch object["id"] {
        case nil, .null?: id = fallbackID
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
        var warnings = raw.warnings
        if String(validating: bytes, as: UTF8.self) == nil { warnings.append(invalidUTF8Warning) }
        if !warnings.isEmpty { meta["warnings"] = .array(warnings.map(JSONValue.string)) }
        for member in object where member.key != "id" && member.key != "text" {
            if member.key == "meta", case .object(let inner) = member.value {
                for innerMember in inner { meta[innerMember.key] = innerMember.value }
            } else {
                meta[member.key] = member.value
            }
        }
        return Document(id: id, text: text, source: raw.source, meta: meta)
    }

    /// What may explain a JSONL line that is not JSON, to follow the syntax error.
    private static func syntaxErrorHint(_ bytes: [UInt8], fromStandardInput: Bool) -> String {
        if String(validating: bytes, as: UTF8.self) == nil { return " (the line is not valid UTF-8)" }
        if bytes.contains(0) { return " (the line holds NUL bytes: binary data?)" }
        if fromStandardInput {
            return " (standard input is read as JSON Lines, one {\"text\": ...} object per line; for plain text give --input-format text)"
        }
        return ""
    }
}
