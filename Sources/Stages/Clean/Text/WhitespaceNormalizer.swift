import TextPipeCore

/// Makes whitespace regular: LF line ends, single spaces, trimmed lines, at
/// most one blank line between paragraphs, no invisible or control characters.
///
/// Works on UTF-8 bytes; spaces and newlines are held back until the next
/// visible character, which trims lines and collapses runs in one pass.
enum WhitespaceNormalizer {
    /// The normalised text of `bytes`.
    static func normalize(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var pendingNewlines = 0
        var pendingSpace = false
        var index = 0
        let end = bytes.count
        while index < end {
            let byte = bytes[index]
            let length: Int
            switch classify(bytes, at: index, end: end) {
            case .visible(let scalarLength):
                length = scalarLength
                if pendingNewlines > 0 {
                    if !output.isEmpty { output.append(contentsOf: repeatElement(Byte.newline, count: pendingNewlines)) }
                } else if pendingSpace && !output.isEmpty {
                    output.append(Byte.space)
                }
                pendingNewlines = 0
                pendingSpace = false
                if length == 1 {
                    output.append(byte)
                } else {
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<index + length]))
                }
            case .space(let scalarLength):
                length = scalarLength
                pendingSpace = true
            case .lineBreak(let scalarLength, let newlines):
                length = scalarLength
                pendingNewlines = min(pendingNewlines + newlines, 2)
                pendingSpace = false
            case .invisible(let scalarLength):
                length = scalarLength
            }
            index += length
        }
        return output
    }

    /// What a character does to the layout, with its length in bytes.
    private enum CharacterClass {
        case visible(Int)
        case space(Int)
        /// Ends a line; `newlines` is 2 for a paragraph separator.
        case lineBreak(Int, newlines: Int)
        /// Zero-width and control characters, which are removed.
        case invisible(Int)
    }

    @inline(__always)
    private static func classify(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> CharacterClass {
        let byte = bytes[index]
        if byte >= 0x20 && byte < 0x7F { return byte == Byte.space ? .space(1) : .visible(1) }
        if byte < 0x80 {
            switch byte {
            case Byte.newline: return .lineBreak(1, newlines: 1)
            case Byte.carriageReturn:
                let isCRLF = index + 1 < end && bytes[index + 1] == Byte.newline
                return .lineBreak(isCRLF ? 2 : 1, newlines: 1)
            // Tab, vertical tab and form feed separate words like a space.
            case 0x09, 0x0B, 0x0C: return .space(1)
            default: return .invisible(1)
            }
        }
        return classifyNonASCII(bytes, at: index, end: end)
    }

    /// Classifies a multi-byte scalar by its bytes, without decoding it.
    private static func classifyNonASCII(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> CharacterClass {
        let lead = bytes[index]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard index + length <= end, length > 1 else { return .visible(1) }
        let second = bytes[index + 1]
        switch lead {
        case 0xC2:
            switch second {
            case 0x85: return .lineBreak(2, newlines: 1)  // U+0085 next line
            case 0x80...0x9F, 0xAD: return .invisible(2)  // C1 controls, soft hyphen
            case 0xA0: return .space(2)  // no-break space
            default: return .visible(2)
            }
        case 0xE1 where second == 0x9A && bytes[index + 2] == 0x80:
            return .space(3)  // U+1680 ogham space mark
        case 0xE2 where second == 0x80:
            switch bytes[index + 2] {
            case 0x80...0x8A, 0xAF: return .space(3)  // U+2000-200A, U+202F
            case 0x8B...0x8D: return .invisible(3)  // zero-width space, non-joiner, joiner
            case 0xA8: return .lineBreak(3, newlines: 1)  // U+2028 line separator
            case 0xA9: return .lineBreak(3, newlines: 2)  // U+2029 paragraph separator
            default: return .visible(3)
            }
        case 0xE2 where second == 0x81:
            switch bytes[index + 2] {
            case 0x9F: return .space(3)  // U+205F medium mathematical space
            case 0xA0: return .invisible(3)  // U+2060 word joiner
            default: return .visible(3)
            }
        case 0xE3 where second == 0x80 && bytes[index + 2] == 0x80:
            return .space(3)  // U+3000 ideographic space
        case 0xEF where second == 0xBB && bytes[index + 2] == 0xBF:
            return .invisible(3)  // U+FEFF byte order mark
        default:
            return .visible(length)
        }
    }
}
