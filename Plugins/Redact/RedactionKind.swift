/// A kind of personal data the redact stage can mask.
public enum RedactionKind: String, Codable, Sendable, CaseIterable {
    case email
    case phone
    case card
    case iban
    case ip

    /// The replacement of the `label` mask style, such as `[EMAIL]`.
    var label: String { "[\(rawValue.uppercased())]" }

    /// Which kind wins when two kinds match text starting at the same place:
    /// the stricter pattern (a checksum, an `@`) beats the looser phone shape.
    var precedence: Int {
        switch self {
        case .email: 0
        case .iban: 1
        case .card: 2
        case .ip: 3
        case .phone: 4
        }
    }
}
