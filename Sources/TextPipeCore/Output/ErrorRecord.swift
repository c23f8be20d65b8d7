/// A document that could not be processed, as written to errors.jsonl.
public struct ErrorRecord: Sendable, Hashable {
    /// The document's id.
    public var id: String
    /// The stage that failed, or `input` when the document could not be read.
    public var stage: String
    /// What went wrong.
    public var error: String

    /// The stage name used for failures while reading or decoding input.
    public static let inputStage = "input"

    /// Creates an error record.
    public init(id: String, stage: String, error: String) {
        self.id = id
        self.stage = stage
        self.error = error
    }

    /// The record in `line`, one line of an errors file; nil when it is not one.
    public init?(decoding line: [UInt8]) {
        guard let object = try? JSONParser.parse(String(decoding: line, as: UTF8.self)).objectValue,
            let id = object["id"]?.stringValue, let stage = object["stage"]?.stringValue,
            let error = object["error"]?.stringValue
        else { return nil }
        self.init(id: id, stage: stage, error: error)
    }

    /// The record as one JSON line (without the newline).
    public func encoded() -> [UInt8] {
        var writer = JSONWriter()
        writer.raw("{")
        writer.key("id", first: true)
        writer.string(id)
        writer.key("stage")
        writer.string(stage)
        writer.key("error")
        writer.string(error)
        writer.raw("}")
        return writer.bytes
    }
}
