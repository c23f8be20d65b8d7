import TextPipeCore

/// An FNV-1a hash of UTF-8 bytes with ASCII capitals folded to lower case,
/// built a byte range at a time so that a phrase's hash can grow token by token.
///
/// Word tables are keyed by these hashes instead of the words themselves: at
/// 64 bits, two different words of a few thousand listed ones never collide in practice.
struct FoldedHash {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    /// Mixes in `bytes[range]`, folding ASCII case.
    @inline(__always)
    mutating func combine(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        var hash = value
        for index in range { hash = (hash ^ UInt64(ASCII.lowercased(bytes[index]))) &* 0x100_0000_01b3 }
        value = hash
    }

    /// The hash of `bytes[range]`.
    @inline(__always)
    static func of(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        var hash = FoldedHash()
        hash.combine(bytes, range)
        return hash.value
    }

    /// The hash of a string's bytes.
    static func of(_ text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { of($0, 0..<$0.count) }
    }
}

/// An open-addressing map from 64-bit hashes to small values: faster than a
/// `Dictionary` (no per-lookup seeding, no `Hashable` dispatch) on the hot path.
/// A key and its value share a slot, so a lookup in a table larger than the
/// cache misses it once, not twice.
struct HashedTable<Value: Sendable>: Sendable {
    /// A key (0: empty) and its value.
    private struct Slot: Sendable {
        var key: UInt64
        var value: Value
    }

    private var slots: [Slot]
    private var mask: Int
    /// The number of entries.
    private(set) var count = 0
    private let empty: Value

    /// An empty table sized for about `capacity` entries; `empty` fills unused slots.
    init(capacity: Int, empty: Value) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: Slot(key: 0, value: empty), count: size)
        mask = size - 1
        self.empty = empty
    }

    /// The value stored for `key`, or nil.
    @inline(__always)
    func value(for key: UInt64) -> Value? {
        let key = key == 0 ? 1 : key
        return slots.withUnsafeBufferPointer { slots in
            var slot = Int(truncatingIfNeeded: key ^ (key >> 31)) & mask
            while true {
                let stored = slots[slot].key
                if stored == key { return slots[slot].value }
                if stored == 0 { return nil }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Stores `value` for `key`, or merges it into the value already there.
    mutating func insert(_ key: UInt64, _ value: Value, merging merge: (Value, Value) -> Value) {
        if (count + 1) * 2 > slots.count { grow() }
        let key = key == 0 ? 1 : key
        var slot = Int(truncatingIfNeeded: key ^ (key >> 31)) & mask
        while slots[slot].key != 0 && slots[slot].key != key { slot = (slot + 1) & mask }
        if slots[slot].key == key {
            slots[slot].value = merge(slots[slot].value, value)
        } else {
            slots[slot] = Slot(key: key, value: value)
            count += 1
        }
    }

    private mutating func grow() {
        let old = slots.filter { $0.key != 0 }
        self = HashedTable(capacity: slots.count, empty: empty)
        for slot in old { insert(slot.key, slot.value) { $1 } }
    }
}
