import TextPipeCore

/// Rules drawn with repeated characters (`***`, `=====`, `______`,
/// `****WARNING****`) and the `--` that opens a mail signature: they stand
/// between sentences, never inside one.
enum SeparatorLine {
    /// Whether the whitespace-delimited tokens `chunk` draw a rule: at least
    /// three of one rule character (five hyphens, which also make dashes),
    /// with at most a capitalised label inside.
    static func isRule(_ chunk: ClosedRange<Int>, in text: TokenText) -> Bool {
        let bytes = text.bytes
        let range = text.byteRange(chunk)
        let mark = bytes[range.lowerBound]
        let minimum: Int
        switch mark {
        case UInt8(ascii: "*"), UInt8(ascii: "="), UInt8(ascii: "_"), UInt8(ascii: "~"): minimum = 3
        case UInt8(ascii: "-"): minimum = 5
        default: return false
        }
        guard range.count >= minimum, bytes[range.upperBound - 1] == mark else { return false }
        var leading = 0
        while leading < range.count && bytes[range.lowerBound + leading] == mark { leading += 1 }
        guard leading >= minimum else { return false }
        return range.allSatisfy { bytes[$0] == mark || ASCII.isUpper(bytes[$0]) }
    }

    /// Whether token `index` is `--`, the line that opens a mail signature or a posting's footer.
    static func isSignatureDash(_ index: Int, in text: TokenText) -> Bool {
        text.length(index) == 2 && text.firstByte(index) == UInt8(ascii: "-")
            && text.bytes[text.range(index).lowerBound + 1] == UInt8(ascii: "-")
    }
}
