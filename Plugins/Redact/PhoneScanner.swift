import TextPipeCore

/// Finds telephone numbers: 7 to 15 digits in a phone-like grouping.
///
/// Accepted: an international form (`+44 20 7946 0958`, `0049 30 1234567`),
/// an area code in brackets (`(020) 7946 0958`), a trunk prefix
/// (`030 1234567`, `07700 900123`, `0201234567`), a local `555-0199`, three
/// or more groups joined by dashes, dots or slashes (`1-800-555-0199`), or
/// `555 123 4567`. Rejected: dates (`2024-03-01`,
/// `01.03.2024`), year ranges (`1990-2020`), amounts with thousands
/// separators (`1.250.000`, `12 500 000`) and other unbroken digit runs.
enum PhoneScanner {
    /// The spans of the phone numbers in `bytes`.
    static func spans(in bytes: UnsafeBufferPointer<UInt8>) -> [Span] {
        var spans: [Span] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let opensNumber =
                (byte == UInt8(ascii: "+") || byte == UInt8(ascii: "(")) && index + 1 < bytes.count
                && ASCII.isDigit(bytes[index + 1])
            guard opensNumber || ASCII.isDigit(byte) else {
                index += 1
                continue
            }
            let digitStart = opensNumber ? index + 1 : index
            guard NumberBoundary.canStart(bytes, at: index) else {
                index = NumberBoundary.digitRunEnd(bytes, from: digitStart)
                continue
            }
            let run = DigitGroups(bytes, from: digitStart, gapLength: gapLength(_:at:))
            let end = run.groups[run.groups.count - 1].upperBound
            // `(` opens an area code only when a `)` follows inside the number;
            // otherwise it encloses the number, as in `(555-0199)`.
            let closesBracket = run.gaps.contains { $0.contains(UInt8(ascii: ")")) }
            let prefix = opensNumber && (byte == UInt8(ascii: "+") || closesBracket) ? byte : nil
            if isPhone(run, prefix: prefix, bracketed: closesBracket, in: bytes) {
                spans.append(Span(start: prefix == nil ? digitStart : index, end: end))
            }
            // A rejected run is skipped whole, so that its tail
            // (`0000 0000 0000` of a longer number) is never tried alone.
            index = end
        }
        return spans
    }

    /// A single space, dash, dot or slash, or a bracket with a space or dash
    /// beside it (`(020) 7946`, `+44 (0)20`); never two plain separators,
    /// which would join a number to the next one across `. `.
    private static func gapLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = bytes[index]
        let next = index + 1 < bytes.count ? bytes[index + 1] : 0
        switch byte {
        case UInt8(ascii: ")"):
            return next == UInt8(ascii: " ") || next == UInt8(ascii: "-") ? 2 : 1
        case UInt8(ascii: " "), UInt8(ascii: "-"):
            return next == UInt8(ascii: "(") ? 2 : 1
        case UInt8(ascii: "."), UInt8(ascii: "/"):
            return 1
        default:
            return 0
        }
    }

    /// Whether the digit groups `run`, after an optional `+` or `(`, form a phone
    /// number; `bracketed` when an area code is closed by `)`.
    private static func isPhone(
        _ run: DigitGroups, prefix: UInt8?, bracketed: Bool, in bytes: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        let lengths = run.groups.map(\.count)
        let digits = lengths.reduce(0, +)
        let start = run.groups[0].lowerBound
        guard (7...15).contains(digits), NumberBoundary.canEnd(bytes, at: run.groups[run.groups.count - 1].upperBound)
        else { return false }
        let leadingZero = bytes[start] == UInt8(ascii: "0")
        // `00` dials out like `+`; the country code and number after it make 10 digits or more.
        let international =
            (prefix == UInt8(ascii: "+") && digits >= 8)
            || (leadingZero && bytes[start + 1] == UInt8(ascii: "0") && digits >= 10)
        if international || bracketed { return true }
        if isDate(lengths, gaps: run.gaps) || isYearRange(run, in: bytes) || isAmount(lengths, gaps: run.gaps) {
            return false
        }
        // Space-separated digits are often flattened tables or lists (`2019 2020 2021`),
        // so without a trunk prefix only the North American 3-3-4 shape passes.
        let spaced = run.gaps.allSatisfy { gap in gap.allSatisfy { $0 == UInt8(ascii: " ") } }
        if leadingZero {
            return lengths.count == 1 ? (10...11).contains(digits) : !spaced || lengths.allSatisfy { $0 >= 2 }
        }
        switch lengths.count {
        case 1: return false
        case 2: return !spaced && lengths == [3, 4]
        default: return !spaced || lengths == [3, 3, 4]
        }
    }

    /// `2024-03-01`, `01.03.2024`, `1/3/2024`: three groups, one of four digits
    /// at either end, one separator throughout.
    private static func isDate(_ lengths: [Int], gaps: [ArraySlice<UInt8>]) -> Bool {
        guard lengths.count == 3, gaps[0].count == 1, gaps[0] == gaps[1] else { return false }
        let short = 1...2
        return (lengths[0] == 4 && short.contains(lengths[1]) && short.contains(lengths[2]))
            || (short.contains(lengths[0]) && short.contains(lengths[1]) && (lengths[2] == 4 || lengths[2] == 2))
    }

    /// `1990-2020`: two years in a row.
    private static func isYearRange(_ run: DigitGroups, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard run.groups.count == 2 else { return false }
        return run.groups.allSatisfy { group in
            group.count == 4 && (bytes[group.lowerBound] == UInt8(ascii: "1") || bytes[group.lowerBound] == UInt8(ascii: "2"))
        }
    }

    /// `1.250.000` or `12 500 000`: a short first group, then groups of three
    /// after one kind of single-byte separator.
    private static func isAmount(_ lengths: [Int], gaps: [ArraySlice<UInt8>]) -> Bool {
        guard lengths.count >= 2, (1...3).contains(lengths[0]), lengths.dropFirst().allSatisfy({ $0 == 3 }) else {
            return false
        }
        return gaps.allSatisfy { $0.count == 1 && $0 == gaps[0] }
            && (gaps[0] == [UInt8(ascii: ".")] || gaps[0] == [UInt8(ascii: " ")])
    }
}
