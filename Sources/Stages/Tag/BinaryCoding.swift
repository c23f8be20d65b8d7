/// Appends little-endian numbers and LEB128 varints to a byte buffer.
struct BinaryWriter {
    private(set) var bytes: [UInt8] = []

    mutating func append(_ bytes: some Sequence<UInt8>) { self.bytes.append(contentsOf: bytes) }

    mutating func appendUInt16(_ value: UInt16) {
        bytes.append(UInt8(truncatingIfNeeded: value))
        bytes.append(UInt8(truncatingIfNeeded: value >> 8))
    }

    mutating func appendFloat(_ value: Float) {
        let bits = value.bitPattern
        for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8(truncatingIfNeeded: bits >> UInt32(shift))) }
    }

    /// Seven bits per byte, low first; the high bit says more follow.
    mutating func appendVarint(_ value: UInt64) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    /// Zigzag coding, so small negative numbers stay short too.
    mutating func appendSignedVarint(_ value: Int64) {
        appendVarint(UInt64(bitPattern: (value << 1) ^ (value >> 63)))
    }
}

/// Reads what ``BinaryWriter`` wrote; every read throws at the end of the data.
struct BinaryReader {
    /// Thrown when the data ends early or a varint is too long.
    struct Truncated: Error {}

    private let bytes: [UInt8]
    private(set) var offset = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var isAtEnd: Bool { offset == bytes.count }

    mutating func read(count: Int) throws(Truncated) -> ArraySlice<UInt8> {
        guard count >= 0, count <= bytes.count - offset else { throw Truncated() }
        defer { offset += count }
        return bytes[offset..<offset + count]
    }

    mutating func readByte() throws(Truncated) -> UInt8 { try read(count: 1).first! }

    mutating func readUInt16() throws(Truncated) -> UInt16 {
        let pair = try read(count: 2)
        return UInt16(pair[pair.startIndex]) | UInt16(pair[pair.startIndex + 1]) << 8
    }

    mutating func readFloat() throws(Truncated) -> Float {
        var bits: UInt32 = 0
        for (index, byte) in try read(count: 4).enumerated() { bits |= UInt32(byte) << UInt32(index * 8) }
        return Float(bitPattern: bits)
    }

    mutating func readVarint() throws(Truncated) -> UInt64 {
        var value: UInt64 = 0
        for shift in stride(from: 0, to: 64, by: 7) {
            let byte = try readByte()
            value |= UInt64(byte & 0x7F) << UInt64(shift)
            if byte < 0x80 { return value }
        }
        throw Truncated()
    }

    mutating func readSignedVarint() throws(Truncated) -> Int64 {
        let value = try readVarint()
        return Int64(bitPattern: value >> 1) ^ -Int64(bitPattern: value & 1)
    }
}
