import TextPipeCore

/// Packs a short name of ASCII letters and digits into one integer, so tag,
/// attribute and entity names can be looked up without building `String`s.
///
/// Each character takes 6 bits and no character packs to 0, so different
/// names of up to ten characters always give different values.
enum PackedName {
    /// The longest name that packs.
    static let maximumLength = 10

    /// The packed value of `bytes[range]`, or `nil` when the name is empty, too
    /// long, or holds anything but ASCII letters and digits. With `foldingCase`,
    /// capitals pack like lower-case letters.
    @inline(__always)
    static func pack(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, foldingCase: Bool) -> UInt64? {
        guard !range.isEmpty, range.count <= maximumLength else { return nil }
        var value: UInt64 = 0
        var shift: UInt64 = 0
        for index in range {
            guard let code = code(of: bytes[index], foldingCase: foldingCase) else { return nil }
            value |= code << shift
            shift += 6
        }
        return value
    }

    /// The packed value of `name`; for building lookup tables.
    static func pack(_ name: String, foldingCase: Bool) -> UInt64? {
        let bytes = Array(name.utf8)
        return bytes.withUnsafeBufferPointer { pack($0, 0..<$0.count, foldingCase: foldingCase) }
    }

    @inline(__always)
    private static func code(of byte: UInt8, foldingCase: Bool) -> UInt64? {
        if ASCII.isDigit(byte) { return UInt64(byte - 0x30) + 1 }
        if ASCII.isLower(byte) { return UInt64(byte - 0x61) + 11 }
        if ASCII.isUpper(byte) { return UInt64(byte - 0x41) + (foldingCase ? 11 : 37) }
        return nil
    }
}
