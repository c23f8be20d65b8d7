import TextPipeCore

/// A JSON value a worker returned under a key of its own, stored as a custom
/// annotation so the output writes it back under that key.
struct ExecValue: Encodable, Sendable {
    let json: JSONValue

    func encode(to encoder: any Encoder) throws {
        switch json {
        case .object(let object):
            var container = encoder.container(keyedBy: MemberKey.self)
            for member in object { try container.encode(ExecValue(json: member.value), forKey: MemberKey(member.key)) }
        case .array(let elements):
            var container = encoder.unkeyedContainer()
            for element in elements { try container.encode(ExecValue(json: element)) }
        default:
            var container = encoder.singleValueContainer()
            switch json {
            case .bool(let flag): try container.encode(flag)
            case .number(let text):
                if let integer = Int(text) { try container.encode(integer) } else { try container.encode(Double(text) ?? 0) }
            case .string(let text): try container.encode(text)
            default: try container.encodeNil()
            }
        }
    }

    private struct MemberKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ name: String) { stringValue = name }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
