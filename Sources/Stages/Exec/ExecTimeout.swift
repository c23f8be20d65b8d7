import Foundation
import TextPipeCore

/// Reads the exec stage's `timeout`: `500ms`, `5s`, `2m`, or a plain number of seconds.
enum ExecTimeout {
    /// The timeout in nanoseconds.
    static func nanoseconds(_ text: String) throws(StageError) -> UInt64 {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let units: [(suffix: String, seconds: Double)] = [("ms", 0.001), ("s", 1), ("m", 60)]
        let unit = units.first { trimmed.hasSuffix($0.suffix) } ?? ("", 1)
        guard let amount = Double(trimmed.dropLast(unit.suffix.count).trimmingCharacters(in: .whitespaces)),
            amount > 0, amount.isFinite
        else {
            throw StageError("timeout '\(text)' is not a duration such as 500ms, 5s or 2m")
        }
        return UInt64(amount * unit.seconds * 1e9)
    }

    /// `nanoseconds` as users wrote durations: `5s`, `500ms`.
    static func description(_ nanoseconds: UInt64) -> String {
        nanoseconds % 1_000_000_000 == 0 ? "\(nanoseconds / 1_000_000_000)s" : "\(nanoseconds / 1_000_000)ms"
    }
}
