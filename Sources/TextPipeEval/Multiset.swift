/// Counting with repeats: the overlap of two bags of items.
enum Multiset {
    /// How many items `a` and `b` share, each item counted as often as it
    /// occurs in both (the sum over items of the smaller count).
    static func overlap<Item: Hashable>(_ a: [Item], _ b: [Item]) -> Int {
        var counts: [Item: Int] = [:]
        for item in a { counts[item, default: 0] += 1 }
        var shared = 0
        for item in b {
            if let count = counts[item], count > 0 {
                shared += 1
                counts[item] = count - 1
            }
        }
        return shared
    }
}
