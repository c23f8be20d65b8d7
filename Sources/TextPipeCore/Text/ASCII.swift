/// Byte classification for UTF-8 text. Non-ASCII bytes (>= 0x80) are never
/// letters, digits or spaces here; use ``UTF8Decoding`` for those.
public enum ASCII {
    @inline(__always) public static func isUpper(_ byte: UInt8) -> Bool { byte &- 0x41 < 26 }
    @inline(__always) public static func isLower(_ byte: UInt8) -> Bool { byte &- 0x61 < 26 }
    @inline(__always) public static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }
    @inline(__always) public static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }
    @inline(__always) public static func isAlphanumeric(_ byte: UInt8) -> Bool { isLetter(byte) || isDigit(byte) }
    /// Space, tab, line feed, carriage return, vertical tab, form feed.
    @inline(__always) public static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte &- 0x09 < 5)
    }
    /// The byte lower-cased when it is an ASCII capital.
    @inline(__always) public static func lowercased(_ byte: UInt8) -> UInt8 { isUpper(byte) ? byte | 0x20 : byte }
    /// Whether the byte is the first byte of a UTF-8 sequence (not a continuation byte).
    @inline(__always) public static func isScalarStart(_ byte: UInt8) -> Bool { byte & 0xC0 != 0x80 }
}

/// Decoding single scalars from UTF-8 bytes, for the non-ASCII cases of byte scanners.
public enum UTF8Decoding {
    /// The scalar starting at `index` and its length in bytes. Malformed input
    /// yields U+FFFD and a length of 1, so scanners always advance.
    @inline(__always)
    public static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length: Int
        var value: UInt32
        switch lead {
        case 0xC2...0xDF: length = 2; value = UInt32(lead & 0x1F)
        case 0xE0...0xEF: length = 3; value = UInt32(lead & 0x0F)
        case 0xF0...0xF4: length = 4; value = UInt32(lead & 0x07)
        default: return ("\u{FFFD}", 1)
        }
        guard index + length <= bytes.count else { return ("\u{FFFD}", 1) }
        for offset in 1..<length {
            let byte = bytes[index + offset]
            guard byte & 0xC0 == 0x80 else { return ("\u{FFFD}", 1) }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        guard let scalar = Unicode.Scalar(value) else { return ("\u{FFFD}", 1) }
        return (scalar, length)
    }

    /// The start of the scalar that ends just before `index`.
    @inline(__always)
    public static func previousScalarStart(in bytes: UnsafeBufferPointer<UInt8>, before index: Int) -> Int {
        var position = index - 1
        while position > 0 && !ASCII.isScalarStart(bytes[position]) { position -= 1 }
        return position
    }
}
