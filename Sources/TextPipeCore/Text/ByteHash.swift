/// 64-bit FNV-1a hashing of UTF-8 bytes: word ids for stages that count words
/// without building `String`s.
public struct ByteHash: Sendable {
    /// The hash so far.
    public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    /// Starts a hash.
    public init() {}

    /// Mixes one byte in.
    @inline(__always)
    public mutating func combine(_ byte: UInt8) {
        value = (value ^ UInt64(byte)) &* 0x100_0000_01b3
    }

    /// The hash of `bytes[range]` with ASCII capitals lower-cased.
    @inline(__always)
    public static func lowercased(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        var hash = ByteHash()
        for index in range { hash.combine(ASCII.lowercased(bytes[index])) }
        return hash.value
    }

    /// The hash of a byte sequence as it is.
    @inline(__always)
    public static func of<Bytes: Sequence>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        var hash = ByteHash()
        for byte in bytes { hash.combine(byte) }
        return hash.value
    }
}
