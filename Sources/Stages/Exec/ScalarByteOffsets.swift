/// Converts Unicode-scalar offsets (what workers see and send) back into the
/// UTF-8 byte offsets spans use: the inverse of the output's conversion.
struct ScalarByteOffsets {
    /// Byte offset of each scalar, plus the text's byte count; nil for ASCII text.
    private let table: [Int]?
    /// The number of scalars in the text.
    let scalarCount: Int

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.contains(where: { $0 >= 0x80 }) else {
            table = nil
            scalarCount = bytes.count
            return
        }
        // A byte starts a scalar unless it is a continuation byte (10xxxxxx).
        var table = bytes.indices.filter { bytes[$0] & 0xC0 != 0x80 }
        scalarCount = table.count
        table.append(bytes.count)
        self.table = table
    }

    /// The byte offset of scalar offset `scalarOffset`, or nil when out of range.
    func byteOffset(_ scalarOffset: Int) -> Int? {
        guard scalarOffset >= 0, scalarOffset <= scalarCount else { return nil }
        return table?[scalarOffset] ?? scalarOffset
    }
}
