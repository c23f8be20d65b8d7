/// How a masked value is written in the redacted text.
public enum MaskStyle: String, Codable, Sendable, CaseIterable {
    /// The kind in brackets, such as `[EMAIL]`: readable, but changes the text's length.
    case label
    /// One `*` per character: keeps every offset after the value where it was.
    case stars

    /// The replacement bytes for a value of `kind` that is `length` bytes long.
    func replacement(for kind: RedactionKind, length: Int) -> [UInt8] {
        switch self {
        case .label: Array(kind.label.utf8)
        case .stars: Array(repeating: UInt8(ascii: "*"), count: length)
        }
    }
}
