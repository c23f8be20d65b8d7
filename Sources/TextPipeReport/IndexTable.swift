/// Names (entity labels, tags) numbered in the order first seen, so each
/// document refers to them by a small index instead of repeating them.
struct IndexTable {
    private(set) var names: [String] = []
    private var indices: [String: Int] = [:]

    /// The index of `name`, adding it when new.
    mutating func index(of name: String) -> Int {
        if let index = indices[name] { return index }
        indices[name] = names.count
        names.append(name)
        return names.count - 1
    }
}
