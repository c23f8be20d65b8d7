import Testing

@testable import TextPipeEntities

/// The packed read-only table: values by hash, missing keys, edge values.
@Suite struct PackedTableTests {
    @Test func findsEachValueAndNothingElse() {
        let pairs: [(key: UInt64, value: UInt64)] = (1...500).map { (FoldedHash.of("word\($0)"), UInt64($0 % 7)) }
        let table = PackedTable(pairs, valueBits: 8)
        for (key, value) in pairs { #expect(table.value(for: key) == value) }
        #expect(table.value(for: FoldedHash.of("word501")) == nil)
        #expect(table.value(for: FoldedHash.of("other")) == nil)
    }

    @Test func keepsTheLargestValueAndTheLastOfAKey() {
        let key = FoldedHash.of("harbour")
        let table = PackedTable([(key, 1), (key, (1 << 16) - 1)], valueBits: 16)
        #expect(table.value(for: key) == (1 << 16) - 1)
    }

    /// A key whose kept bits are all zero is still found, and an empty table finds nothing.
    @Test func storesAKeyWithZeroHighBits() {
        let table = PackedTable([(key: 5, value: 0), (key: 6, value: 3)], valueBits: 24)
        #expect(table.value(for: 5) == 0)
        #expect(table.value(for: 6) == 3)
        #expect(PackedTable([], valueBits: 8).value(for: 5) == nil)
    }
}
