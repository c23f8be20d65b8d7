/// The statistics of a document's candidate keyphrases by key: open
/// addressing over flat arrays, since the keys are good hashes already and
/// every occurrence of every candidate (up to three per word) is counted.
struct CandidateTable {
    /// The statistics, in the order candidates were first seen.
    private(set) var entries: [KeyphraseCandidates.Statistics] = []
    private var keys: [UInt64]
    /// Index into `entries` of each slot's key, -1 for an empty slot.
    private var slots: [Int32]
    private let mask: Int

    /// A table for about `count` candidates.
    init(capacity count: Int) {
        var size = 64
        while size < count * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        slots = [Int32](repeating: -1, count: size)
        mask = size - 1
        entries.reserveCapacity(count)
    }

    /// The index of the entry of `key`, nil when there is none.
    @inline(__always)
    func index(of key: UInt64) -> Int? {
        var slot = Int(truncatingIfNeeded: key) & mask
        while slots[slot] >= 0 {
            if keys[slot] == key { return Int(slots[slot]) }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Updates the entry of `key` with `update`, making it with `make` first when it is new.
    @inline(__always)
    mutating func update(
        _ key: UInt64, make: () -> KeyphraseCandidates.Statistics,
        _ update: (inout KeyphraseCandidates.Statistics) -> Void
    ) {
        var slot = Int(truncatingIfNeeded: key) & mask
        while slots[slot] >= 0 {
            if keys[slot] == key {
                update(&entries[Int(slots[slot])])
                return
            }
            slot = (slot + 1) & mask
        }
        if entries.count * 2 >= keys.count {
            grow()
            return self.update(key, make: make, update)
        }
        keys[slot] = key
        slots[slot] = Int32(entries.count)
        entries.append(make())
        update(&entries[entries.count - 1])
    }

    /// Doubles the slots, keeping the entries.
    private mutating func grow() {
        var larger = CandidateTable(capacity: keys.count)
        for (slot, index) in slots.enumerated() where index >= 0 {
            var target = Int(truncatingIfNeeded: keys[slot]) & larger.mask
            while larger.slots[target] >= 0 { target = (target + 1) & larger.mask }
            larger.keys[target] = keys[slot]
            larger.slots[target] = index
        }
        larger.entries = entries
        self = larger
    }
}
