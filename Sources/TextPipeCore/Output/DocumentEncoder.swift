import Foundation

/// Writes a processed document as one JSON line in the schema of CONTRACT.md,
/// converting byte offsets to Unicode-scalar offsets.
public enum DocumentEncoder {
    /// The JSON line for `document` (without the newline).
    public static func encode(_ document: Document) -> [UInt8] {
        var writer = JSONWriter()
        document.withUTF8 { bytes in
            let offsets = ScalarOffsets(bytes)
            writer.raw("{")
            writer.key("id", first: true)
            writer.string(document.id)
            writer.key("text")
            writer.string(bytes)
            writer.key("meta")
            writer.value(.object(document.meta))
            if let paragraphs = document.paragraphs {
                writer.key("paragraphs")
                writeSpans(paragraphs, offsets: offsets, into: &writer)
            }
            if let sentences = document.sentences {
                writer.key("sentences")
                writeSpans(
                    sentences.map(\.span), offsets: offsets, into: &writer, headings: sentences.map(\.isHeading))
            }
            if let entities = document.entities {
                writer.key("entities")
                writeEntities(entities, bytes: bytes, offsets: offsets, into: &writer)
            }
            if let summary = document.summary {
                writer.key("summary")
                writer.string(summary.text)
                writer.key("summary_sentences")
                writer.value(.array(summary.sentenceIndices.map { .integer($0) }))
            }
            if let tags = document.tags {
                writer.key("tags")
                writeScored(tags.map { ($0.name, $0.score) }, key: "name", into: &writer)
            }
            if let keywords = document.keywords {
                writer.key("keywords")
                writeScored(keywords.map { ($0.text, $0.score) }, key: "text", into: &writer)
            }
            for entry in document.annotations.entries {
                writer.raw(",")
                writer.string(entry.name)
                writer.raw(":")
                writer.raw(encodeCustom(entry.value))
            }
            writer.raw("}")
        }
        return writer.bytes
    }

    /// Writes `spans` as `{"start","end"}` objects; a span whose entry in
    /// `headings` is true also gets `"heading": true` (absent otherwise, so
    /// readers of the older schema see nothing new).
    private static func writeSpans(
        _ spans: [Span], offsets: ScalarOffsets, into writer: inout JSONWriter, headings: [Bool] = []
    ) {
        writer.raw("[")
        for (index, span) in spans.enumerated() {
            if index > 0 { writer.raw(",") }
            writer.raw("{\"start\":")
            writer.integer(offsets.scalarOffset(span.start))
            writer.raw(",\"end\":")
            writer.integer(offsets.scalarOffset(span.end))
            if index < headings.count && headings[index] { writer.raw(",\"heading\":true") }
            writer.raw("}")
        }
        writer.raw("]")
    }

    private static func writeEntities(
        _ entities: [Entity], bytes: UnsafeBufferPointer<UInt8>, offsets: ScalarOffsets, into writer: inout JSONWriter
    ) {
        writer.raw("[")
        for (index, entity) in entities.enumerated() {
            if index > 0 { writer.raw(",") }
            writer.raw("{\"start\":")
            writer.integer(offsets.scalarOffset(entity.span.start))
            writer.raw(",\"end\":")
            writer.integer(offsets.scalarOffset(entity.span.end))
            writer.raw(",\"label\":")
            writer.string(entity.label.rawValue)
            writer.raw(",\"text\":")
            writer.string(UnsafeBufferPointer(rebasing: bytes[entity.span.start..<entity.span.end]))
            if let confidence = entity.confidence {
                writer.raw(",\"confidence\":")
                writer.raw(JSONNumberFormat.formatScore(confidence).utf8)
            }
            writer.raw("}")
        }
        writer.raw("]")
    }

    private static func writeScored(_ items: [(String, Double)], key: StaticString, into writer: inout JSONWriter) {
        writer.raw("[")
        for (index, item) in items.enumerated() {
            if index > 0 { writer.raw(",") }
            writer.raw("{")
            writer.key(key, first: true)
            writer.string(item.0)
            writer.raw(",\"score\":")
            writer.raw(JSONNumberFormat.formatScore(item.1).utf8)
            writer.raw("}")
        }
        writer.raw("]")
    }

    private static func encodeCustom(_ value: any Encodable & Sendable) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return Array("null".utf8) }
        return Array(data)
    }
}
