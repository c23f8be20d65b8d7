import TextPipeCore

/// A value of the exec stage's free-form `options`, as YAML reads it, passed
/// on to the worker as JSON in the handshake.
public enum HandshakeValue: Codable, Sendable, Hashable {
    // One case per JSON type, integers kept apart so `3` is not sent as `3.0`.
    case null
    case bool(Bool)
    case integer(Int)
    case number(Double)
    case string(String)
    case list([HandshakeValue])
    case map([String: HandshakeValue])

    /// Reads whichever type the YAML value has.
    public init(from decoder: any Decoder) throws {
        // Try the narrow types first so a YAML `3` stays an integer and `true` a boolean.
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int.self) {
            self = .integer(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([HandshakeValue].self) {
            self = .list(value)
        } else {
            self = .map(try container.decode([String: HandshakeValue].self))
        }
    }

    /// Writes the value as the type it was read as.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .integer(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .list(let value): try container.encode(value)
        case .map(let value): try container.encode(value)
        }
    }

    /// The value as JSON, map keys sorted so the handshake is the same every run.
    var json: JSONValue {
        switch self {
        case .null: .null
        case .bool(let value): .bool(value)
        case .integer(let value): .integer(value)
        case .number(let value): .double(value)
        case .string(let value): .string(value)
        case .list(let value): .array(value.map(\.json))
        case .map(let value): .object(JSONObject(value.sorted { $0.key < $1.key }.map { ($0.key, $0.value.json) }))
        }
    }
}
