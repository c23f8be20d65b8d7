import TextPipeCore

/// Decodes HTML character references: named (`&eacute;`), decimal (`&#233;`)
/// and hexadecimal (`&#xE9;`). Unknown names are not references, so the text
/// keeps them as written.
enum EntityDecoder {
    /// The character referenced at `start` (an `&`) and the length of the
    /// reference in bytes, or `nil` when no reference starts there.
    ///
    /// Named references need their `;`; numeric ones may omit it, as browsers allow.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, end: Int) -> (Unicode.Scalar, Int)? {
        guard start + 2 < end else { return nil }
        if bytes[start + 1] == Byte.hash { return decodeNumeric(bytes, at: start, end: end) }
        var index = start + 1
        while index < end && index - start <= PackedName.maximumLength && ASCII.isAlphanumeric(bytes[index]) {
            index += 1
        }
        guard index < end, bytes[index] == Byte.semicolon,
            let name = PackedName.pack(bytes, start + 1..<index, foldingCase: false),
            let scalar = named[name]
        else { return nil }
        return (scalar, index + 1 - start)
    }

    private static func decodeNumeric(
        _ bytes: UnsafeBufferPointer<UInt8>, at start: Int, end: Int
    ) -> (Unicode.Scalar, Int)? {
        var index = start + 2
        let isHex = ASCII.lowercased(bytes[index]) == UInt8(ascii: "x")
        if isHex { index += 1 }
        let digitsStart = index
        var value: UInt32 = 0
        while index < end, let digit = digitValue(bytes[index], hex: isHex) {
            // Saturate so absurdly long numbers stay invalid instead of overflowing.
            value = min(value * (isHex ? 16 : 10) + digit, 0x11_0000)
            index += 1
        }
        guard index > digitsStart else { return nil }
        if index < end && bytes[index] == Byte.semicolon { index += 1 }
        return (scalar(forCodePoint: value), index - start)
    }

    @inline(__always)
    private static func digitValue(_ byte: UInt8, hex: Bool) -> UInt32? {
        if ASCII.isDigit(byte) { return UInt32(byte - 0x30) }
        guard hex else { return nil }
        let lower = ASCII.lowercased(byte)
        return lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "f") ? UInt32(lower - 0x61 + 10) : nil
    }

    /// The character a numeric reference stands for; as in browsers, codes
    /// 0x80-0x9F mean their Windows-1252 characters (pages written in that
    /// encoding use them for quotes and dashes) and invalid codes mean U+FFFD.
    private static func scalar(forCodePoint value: UInt32) -> Unicode.Scalar {
        if value >= 0x80 && value <= 0x9F, let mapped = windows1252[Int(value - 0x80)] { return mapped }
        guard value != 0, let scalar = Unicode.Scalar(value) else { return "\u{FFFD}" }
        return scalar
    }

    private static let windows1252: [Unicode.Scalar?] = [
        "\u{20AC}", nil, "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", nil, "\u{017D}", nil,
        nil, "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", nil, "\u{017E}", "\u{0178}",
    ]

    /// Named references by packed name, read once from ``EntityNames/list``.
    private static let named: [UInt64: Unicode.Scalar] = {
        var table: [UInt64: Unicode.Scalar] = [:]
        var next: UInt32 = 0
        for line in EntityNames.list.split(separator: "\n") where !line.hasPrefix("#") {
            for word in line.split(separator: " ") {
                if word.hasPrefix("@") {
                    next = UInt32(word.dropFirst(), radix: 16) ?? 0
                    continue
                }
                let parts = word.split(separator: "=")
                let code = parts.count == 2 ? UInt32(parts[1], radix: 16) ?? 0 : next
                next = code + 1
                if parts[0] != "-", let name = PackedName.pack(String(parts[0]), foldingCase: false),
                    let scalar = Unicode.Scalar(code)
                {
                    table[name] = scalar
                }
            }
        }
        return table
    }()
}
