/// What changed between a stored output record and the one a test made: the
/// top-level keys whose values differ, each with both values cut short.
enum SnapshotDifference {
    static func describe(stored: String, actual: String) -> String {
        guard let old = (try? JSONParser.parse(stored))?.objectValue, let new = (try? JSONParser.parse(actual))?.objectValue
        else { return "the stored snapshot is no JSON object" }
        let keys = old.keys + new.keys.filter { !old.keys.contains($0) }
        let changes = keys.compactMap { key -> String? in
            let before = old[key]
            let after = new[key]
            guard before != after else { return nil }
            return "\(key): stored \(before.map(CheckEvaluation.shown) ?? "(none)"), now \(after.map(CheckEvaluation.shown) ?? "(none)")"
        }
        return changes.isEmpty ? "the records differ in their key order" : changes.joined(separator: "; ")
    }
}
