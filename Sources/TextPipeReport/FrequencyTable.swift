/// Counts of names (entity texts, keyphrases, tags), read back most frequent first.
struct FrequencyTable {
    private(set) var counts: [String: Int] = [:]

    mutating func add(_ name: String, count: Int = 1) {
        counts[name, default: 0] += count
    }

    /// The `limit` most frequent names with their counts; ties in name order, so reports are reproducible.
    func top(_ limit: Int) -> [(name: String, count: Int)] {
        counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .prefix(limit).map { ($0.key, $0.value) }
    }
}
