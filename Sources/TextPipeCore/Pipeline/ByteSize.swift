import Foundation

/// Sizes written as `500000`, `64KB`, `10 MB` or `1GB` (decimal units).
public enum ByteSize {
    /// The number of bytes, or nil when the text is not a size.
    public static func parse(_ text: String) -> Int? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).uppercased()
        let units: [(suffix: String, factor: Int)] = [
            ("GB", 1_000_000_000), ("MB", 1_000_000), ("KB", 1_000), ("B", 1),
        ]
        for unit in units where trimmed.hasSuffix(unit.suffix) {
            let number = trimmed.dropLast(unit.suffix.count).trimmingCharacters(in: .whitespaces)
            guard let value = Double(number), value >= 0 else { return nil }
            let bytes = value * Double(unit.factor)
            guard bytes.isFinite, bytes < Double(Int.max) else { return nil }
            return Int(bytes)
        }
        return Int(trimmed).flatMap { $0 >= 0 ? $0 : nil }
    }

    /// A size for people: `512 B`, `3.4 KB`, `12.0 MB`, `1.2 GB` (decimal units).
    public static func format(_ bytes: Int) -> String {
        switch bytes {
        case ..<1_000: "\(bytes) B"
        case ..<1_000_000: String(format: "%.1f KB", Double(bytes) / 1e3)
        case ..<1_000_000_000: String(format: "%.1f MB", Double(bytes) / 1e6)
        default: String(format: "%.1f GB", Double(bytes) / 1e9)
        }
    }
}
