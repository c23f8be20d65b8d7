/// Counts the feature ids of one document, in the order first seen, in an
/// open-addressing table that one thread reuses for document after
/// document (see ``PerThread``): each slot is stamped with the document it
/// was filled for, so starting a document clears nothing (clearing a fresh
/// table cost more than counting a short text's ids).
struct IDCounter {
    /// The ids counted since ``start(atMost:)``, each once, in the order first seen.
    private(set) var ids: [UInt32] = []
    /// How often each id occurred, parallel to ``ids``.
    private(set) var counts: [Int32] = []

    /// `stamp << 32 | id` of the id in each slot; a slot of another stamp is empty.
    private var slotKeys: [UInt64] = []
    /// The index into ``ids`` of each slot's id.
    private var slotIndex: [Int32] = []
    private var stamp: UInt64 = 0

    /// Starts counting a document that will count at most `limit` ids.
    mutating func start(atMost limit: Int) {
        ids = []
        counts = []
        ids.reserveCapacity(limit)
        counts.reserveCapacity(limit)
        stamp += 1
        // Kept at most half full; a larger table, or a stamp that wrapped, starts clean.
        if slotKeys.count < limit * 2 || stamp >> 32 != 0 {
            var size = max(slotKeys.count, 1024)
            while size < limit * 2 { size <<= 1 }
            slotKeys = [UInt64](repeating: 0, count: size)
            slotIndex = [Int32](repeating: 0, count: size)
            stamp = 1
        }
    }

    /// Counts one occurrence of `id`.
    @inline(__always)
    mutating func count(_ id: UInt32) {
        let mask = slotKeys.count - 1
        let key = stamp << 32 | UInt64(id)
        var slot = Int(id &* 0x9E37_79B1) & mask
        while slotKeys[slot] >> 32 == stamp {
            if slotKeys[slot] == key {
                counts[Int(slotIndex[slot])] += 1
                return
            }
            slot = (slot + 1) & mask
        }
        slotKeys[slot] = key
        slotIndex[slot] = Int32(ids.count)
        ids.append(id)
        counts.append(1)
    }
}
