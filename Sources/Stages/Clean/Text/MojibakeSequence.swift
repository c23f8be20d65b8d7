import TextPipeCore

/// Characters that were one UTF-8 sequence before the text was decoded as
/// Windows-1252 (or Latin-1): "Ã©" from the bytes C3 A9 of "é".
///
/// The first character stands for a UTF-8 lead byte (U+00C2 `Â` to U+00F4
/// `ô`), the others for continuation bytes (0x80 to 0xBF: `€`, `™`, `’`,
/// `©`, `»`, no-break space and the like), as many as the lead byte calls for.
struct MojibakeSequence {
    /// The bytes the characters stood for: a valid UTF-8 sequence of 2 to 4 bytes.
    private(set) var decoded: (UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0)
    /// How many of `decoded` are used.
    let length: Int
    /// The damaged text: where the characters are.
    let range: Range<Int>
    /// The scalar the sequence decodes to.
    let scalar: UInt32
    /// Whether a continuation character is a C1 control, which only
    /// mis-decoding leaves in text, so the sequence is damage for sure.
    private var hasControl = false

    /// The sequence starting at `start`, or `nil` when the characters there
    /// are not one.
    init?(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) {
        // A lead character U+00C2...U+00F4 is encoded C3 82...C3 B4.
        guard start + 1 < bytes.count, bytes[start] == 0xC3, (0x82...0xB4).contains(bytes[start + 1]) else {
            return nil
        }
        let lead = bytes[start + 1] &+ 0x40
        length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        decoded.0 = lead
        var position = start + 2
        for slot in 1..<length {
            guard position < bytes.count, bytes[position] >= 0x80 else { return nil }
            let (character, size) = UTF8Decoding.scalar(in: bytes, at: position)
            guard let byte = Windows1252.byte(for: character.value), byte < 0xC0 else { return nil }
            if character.value < 0xA0 { hasControl = true }
            switch slot {
            case 1: decoded.1 = byte
            case 2: decoded.2 = byte
            default: decoded.3 = byte
            }
            position += size
        }
        range = start..<position
        guard let scalar = Self.scalar(decoded, length: length) else { return nil }
        self.scalar = scalar
    }

    /// Whether to repair the sequence when no other sequence touches it.
    ///
    /// Latin letters, punctuation, symbols and emoji are repaired alone: real
    /// text almost never puts an accented capital before such characters.
    /// Other scripts must come in runs, as words of them do, so French
    /// "é" + no-break space + "»" is not read as one CJK character.
    var isPlausibleAlone: Bool {
        if hasControl { return true }
        switch scalar {
        // Latin-1 and Latin Extended-A, Romanian ș ț, Vietnamese letters,
        // punctuation and symbols, byte order mark, replacement character, emoji.
        case 0xA0...0x17F, 0x218...0x21B, 0x1E00...0x1EFF, 0x2000...0x2BFF, 0xFEFF, 0xFFFD, 0x1F000...0x1FAFF:
            return true
        default: return false
        }
    }

    /// Whether to repair the sequence when it touches another one.
    var isPlausibleInRun: Bool {
        switch scalar {
        // IPA, modifier letters and combining marks follow an accented capital
        // in "CAFÉ’" or "NOËL”"; the 0x700s (ß + «); private use.
        case 0x250...0x36F, 0x700...0x7FF, 0xE000...0xF8FF: return hasControl
        default: return true
        }
    }

    /// The scalar of a UTF-8 sequence, or `nil` when it is overlong, a
    /// surrogate, beyond U+10FFFF or a noncharacter.
    private static func scalar(_ bytes: (UInt8, UInt8, UInt8, UInt8), length: Int) -> UInt32? {
        let lead = bytes.0
        let second = bytes.1
        switch lead {
        case 0xE0 where second < 0xA0, 0xED where second >= 0xA0, 0xF0 where second < 0x90, 0xF4 where second >= 0x90:
            return nil
        case 0xF5...: return nil
        default: break
        }
        let value: UInt32
        switch length {
        case 2: value = UInt32(lead & 0x1F) << 6 | UInt32(second & 0x3F)
        case 3: value = UInt32(lead & 0x0F) << 12 | UInt32(second & 0x3F) << 6 | UInt32(bytes.2 & 0x3F)
        default:
            value = UInt32(lead & 0x07) << 18 | UInt32(second & 0x3F) << 12 | UInt32(bytes.2 & 0x3F) << 6
                | UInt32(bytes.3 & 0x3F)
        }
        let isNoncharacter = value & 0xFFFE == 0xFFFE || (0xFDD0...0xFDEF).contains(value)
        return value < 0xA0 || isNoncharacter ? nil : value
    }
}
