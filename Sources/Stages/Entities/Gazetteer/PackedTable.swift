/// A read-only open-addressing map from 64-bit hashes to small values, each
/// entry one 64-bit word: the hash's high bits beside the value. At a
/// quarter to a half of a ``HashedTable``'s size, the large tables a
/// document looks up word by word (frequent words, case habits, clusters)
/// stay in the processor's cache far better.
///
/// Two hashes that agree in their `64 - valueBits` high bits are taken for
/// one: with a few hundred thousand entries and at least 40 bits kept, a
/// word not in the table matches one that is about once in ten million
/// lookups.
struct PackedTable: Sendable {
    private let entries: [UInt64]
    private let mask: Int
    private let valueBits: UInt64

    /// A table of `pairs` (later pairs win over earlier ones of the same
    /// key), each value below `1 << valueBits`.
    init(_ pairs: [(key: UInt64, value: UInt64)], valueBits: Int) {
        precondition(valueBits > 0 && valueBits <= 24, "at least 40 bits of each hash are kept")
        self.valueBits = UInt64(valueBits)
        var size = 16
        while size < pairs.count * 2 { size <<= 1 }
        mask = size - 1
        var entries = [UInt64](repeating: 0, count: size)
        for (key, value) in pairs {
            precondition(value >> UInt64(valueBits) == 0, "value too large for the table")
            let fingerprint = Self.fingerprint(of: key, valueBits: UInt64(valueBits))
            var slot = Self.slot(of: key, mask: size - 1)
            while entries[slot] != 0 && entries[slot] >> UInt64(valueBits) != fingerprint >> UInt64(valueBits) {
                slot = (slot + 1) & (size - 1)
            }
            entries[slot] = fingerprint | value
        }
        self.entries = entries
    }

    /// The value stored for `key`, or nil.
    @inline(__always)
    func value(for key: UInt64) -> UInt64? {
        let fingerprint = Self.fingerprint(of: key, valueBits: valueBits)
        return entries.withUnsafeBufferPointer { entries in
            var slot = Self.slot(of: key, mask: mask)
            while true {
                let entry = entries[slot]
                if entry == 0 { return nil }
                if entry >> valueBits == fingerprint >> valueBits { return entry & (1 << valueBits - 1) }
                slot = (slot + 1) & mask
            }
        }
    }

    /// The key's high bits, never all zero (a zero entry marks an empty slot).
    @inline(__always)
    private static func fingerprint(of key: UInt64, valueBits: UInt64) -> UInt64 {
        let high = (key >> valueBits) << valueBits
        return high == 0 ? 1 << valueBits : high
    }

    @inline(__always)
    private static func slot(of key: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: key ^ (key >> 31)) & mask
    }
}
