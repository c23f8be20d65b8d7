/// The bytes of the Windows-1252 code page that text decoded with it (or
/// with Latin-1) turned into characters, for undoing that decoding.
enum Windows1252 {
    /// The byte that Windows-1252 or Latin-1 decodes to `scalar`, for
    /// scalars of bytes 0x80 and up; `nil` for other scalars.
    ///
    /// U+0080 to U+009F are the C1 controls Latin-1 gives for 0x80 to 0x9F;
    /// they also stand for the five bytes Windows-1252 leaves undefined.
    @inline(__always)
    static func byte(for scalar: UInt32) -> UInt8? {
        if scalar >= 0x80 && scalar <= 0xFF { return UInt8(scalar) }
        switch scalar {
        case 0x20AC: return 0x80  // €
        case 0x201A: return 0x82  // ‚
        case 0x0192: return 0x83  // ƒ
        case 0x201E: return 0x84  // „
        case 0x2026: return 0x85  // …
        case 0x2020: return 0x86  // †
        case 0x2021: return 0x87  // ‡
        case 0x02C6: return 0x88  // ˆ
        case 0x2030: return 0x89  // ‰
        case 0x0160: return 0x8A  // Š
        case 0x2039: return 0x8B  // ‹
        case 0x0152: return 0x8C  // Œ
        case 0x017D: return 0x8E  // Ž
        case 0x2018: return 0x91  // ‘
        case 0x2019: return 0x92  // ’
        case 0x201C: return 0x93  // “
        case 0x201D: return 0x94  // ”
        case 0x2022: return 0x95  // •
        case 0x2013: return 0x96  // –
        case 0x2014: return 0x97  // —
        case 0x02DC: return 0x98  // ˜
        case 0x2122: return 0x99  // ™
        case 0x0161: return 0x9A  // š
        case 0x203A: return 0x9B  // ›
        case 0x0153: return 0x9C  // œ
        case 0x017E: return 0x9E  // ž
        case 0x0178: return 0x9F  // Ÿ
        default: return nil
        }
    }
}
