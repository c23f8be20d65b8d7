import Foundation

/// Durations as pipeline files write them: `500ms`, `5s`, `2m`, or a plain
/// number of seconds (timeouts of the runner and of the exec stage).
public enum DurationText {
    /// The duration in nanoseconds.
    public static func nanoseconds(_ text: String) throws(StageError) -> UInt64 {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let units: [(suffix: String, seconds: Double)] = [("ms", 0.001), ("s", 1), ("m", 60), ("h", 3600)]
        let unit = units.first { trimmed.hasSuffix($0.suffix) } ?? ("", 1)
        guard let amount = Double(trimmed.dropLast(unit.suffix.count).trimmingCharacters(in: .whitespaces)),
            amount > 0, amount.isFinite, amount * unit.seconds < 1e9
        else {
            throw StageError("'\(text)' is not a duration such as 500ms, 5s or 2m")
        }
        return UInt64(amount * unit.seconds * 1e9)
    }

    /// `nanoseconds` as users write durations: `5s`, `500ms`.
    public static func description(_ nanoseconds: UInt64) -> String {
        nanoseconds % 1_000_000_000 == 0 ? "\(nanoseconds / 1_000_000_000)s" : "\(nanoseconds / 1_000_000)ms"
    }
}
