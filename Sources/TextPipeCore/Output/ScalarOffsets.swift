/// Converts UTF-8 byte offsets into Unicode-scalar offsets (what the output
/// promises) for one text. Pure ASCII text maps one to one without a table.
public struct ScalarOffsets {
    private let table: [Int32]?

    /// Prepares the conversion for `bytes`.
    public init(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.contains(where: { $0 >= 0x80 }) else {
            table = nil
            return
        }
        var table = [Int32](repeating: 0, count: bytes.count + 1)
        var scalars: Int32 = 0
        for index in 0..<bytes.count {
            table[index] = scalars
            if ASCII.isScalarStart(bytes[index]) { scalars += 1 }
            // A continuation byte maps to the scalar it belongs to (already counted).
            else { table[index] = scalars - 1 }
        }
        table[bytes.count] = scalars
        self.table = table
    }

    /// The scalar offset of byte offset `byteOffset`.
    @inline(__always)
    public func scalarOffset(_ byteOffset: Int) -> Int {
        guard let table else { return byteOffset }
        return Int(table[byteOffset])
    }
}
