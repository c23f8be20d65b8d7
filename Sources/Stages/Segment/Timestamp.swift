import TextPipeCore

/// The date-and-time stamps of message headers and forwarded mail
/// (`11/02/2003 09:15 AM`, `5/6/2004 10:01:12 PM`): a header line names a
/// sender and a time, and belongs to none of the sentences around it.
enum Timestamp {
    /// The last token of the stamp that starts at token `index`: a numeric
    /// date, a clock time and an optional `AM`/`PM`.
    static func end(from index: Int, in text: TokenText) -> Int? {
        let time = index + 1
        guard time < text.count, isDate(index, text), !text.touchesPrevious(time), isTime(time, text) else {
            return nil
        }
        if time + 1 < text.count, !text.touchesPrevious(time + 1), isMeridiem(time + 1, text) { return time + 1 }
        return time
    }

    /// Whether token `last` is the last token of a stamp.
    static func ends(at last: Int, in text: TokenText) -> Bool {
        switch text.tokens[last].kind {
        case .number: return last >= 1 && end(from: last - 1, in: text) == last
        case .word:
            return last >= 2 && text.tokens[last - 1].kind == .number && isMeridiem(last, text)
                && end(from: last - 2, in: text) == last
        case .punctuation, .symbol: return false
        }
    }

    /// A number with two slashes: `11/02/2003`.
    private static func isDate(_ index: Int, _ text: TokenText) -> Bool {
        text.tokens[index].kind == .number && count(UInt8(ascii: "/"), in: index, text) == 2
    }

    /// A number with a colon: `07:17`, `11:16:00`.
    private static func isTime(_ index: Int, _ text: TokenText) -> Bool {
        text.tokens[index].kind == .number && count(UInt8(ascii: ":"), in: index, text) > 0
    }

    private static func isMeridiem(_ index: Int, _ text: TokenText) -> Bool {
        guard text.tokens[index].kind == .word else { return false }
        let range = text.range(index)
        let bytes = text.bytes
        let letters: (UInt8, UInt8)
        switch range.count {
        case 2: letters = (bytes[range.lowerBound], bytes[range.lowerBound + 1])
        case 4 where bytes[range.lowerBound + 1] == UInt8(ascii: "."):
            letters = (bytes[range.lowerBound], bytes[range.lowerBound + 2])
        default: return false
        }
        let first = letters.0 | 0x20
        return (first == UInt8(ascii: "a") || first == UInt8(ascii: "p")) && letters.1 | 0x20 == UInt8(ascii: "m")
    }

    private static func count(_ byte: UInt8, in index: Int, _ text: TokenText) -> Int {
        text.range(index).reduce(0) { $0 + (text.bytes[$1] == byte ? 1 : 0) }
    }
}
