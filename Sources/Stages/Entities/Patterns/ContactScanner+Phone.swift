import TextPipeCore

/// Phone numbers: digit groups joined by single spaces, hyphens or dots, maybe
/// with a leading `+` country code and an area code in parentheses
/// ("+1 (555) 010-2000", "555-010-2000", "+44 20 7946 0958", "(020) 7946 0958").
///
/// Seven to fifteen digits in phone-like groups; plain numbers, decimals, year
/// ranges ("1990-2000") and dates ("2024-03-01") are not phones.
extension ContactScanner {
    func phoneNumbers() -> [Entity] {
        var found: [Entity] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            // Most bytes can begin no number: passed over without a closer look.
            guard ASCII.isDigit(byte) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "(") else {
                index += 1
                continue
            }
            let opensNumber = !ASCII.isDigit(byte) && index + 1 < bytes.count && ASCII.isDigit(bytes[index + 1])
            guard ASCII.isDigit(byte) || opensNumber, hasPhoneDigits(from: index), mayStartPhone(at: index) else {
                index += 1
                continue
            }
            if let end = phoneEnd(from: index) {
                found.append(Entity(span: Span(start: index, end: end), label: .phone, confidence: 0.9))
                index = end
            } else {
                index += 1
                while index < bytes.count && ASCII.isDigit(bytes[index]) { index += 1 }
            }
        }
        return found
    }

    /// Whether the run of digits, brackets, plus signs and separators from
    /// `start`, all a phone number can be made of, holds the seven digits
    /// the shortest one has: most numbers in text do not.
    private func hasPhoneDigits(from start: Int) -> Bool {
        var digits = 0
        var index = start
        while index < bytes.count && digits < 7 {
            let byte = bytes[index]
            if ASCII.isDigit(byte) {
                digits += 1
            } else if !(byte == UInt8(ascii: " ") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
                || byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")") || byte == UInt8(ascii: "+"))
            {
                break
            }
            index += 1
        }
        return digits >= 7
    }

    /// Not glued to a word, an amount or another number before it.
    private func mayStartPhone(at index: Int) -> Bool {
        guard index > 0 else { return true }
        let previous = bytes[index - 1]
        if ASCII.isWhitespace(previous) { return true }
        return previous < 0x80 && !ASCII.isAlphanumeric(previous)
            && !phoneBlockers.contains(previous)
    }

    /// The end of a phone number starting at `start`, or nil when the digits there are not one.
    private func phoneEnd(from start: Int) -> Int? {
        var index = start
        let hasPlus = bytes[index] == UInt8(ascii: "+")
        if hasPlus { index += 1 }
        var hasParentheses = false
        var groups: [Range<Int>] = []
        var separators: Set<UInt8> = []
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "(") {
                var close = index + 1
                while close < bytes.count && ASCII.isDigit(bytes[close]) { close += 1 }
                guard close < bytes.count, bytes[close] == UInt8(ascii: ")"), (1...5).contains(close - index - 1) else {
                    return nil
                }
                groups.append(index + 1..<close)
                hasParentheses = true
                index = close + 1
                if index + 1 < bytes.count, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "-"),
                    ASCII.isDigit(bytes[index + 1])
                {
                    index += 1
                }
                guard index < bytes.count, ASCII.isDigit(bytes[index]) else { return nil }
                continue
            }
            let groupStart = index
            while index < bytes.count && ASCII.isDigit(bytes[index]) { index += 1 }
            guard index > groupStart else { break }
            groups.append(groupStart..<index)
            guard index + 1 < bytes.count, phoneSeparators.contains(bytes[index]),
                ASCII.isDigit(bytes[index + 1]) || bytes[index + 1] == UInt8(ascii: "(")
            else { break }
            separators.insert(bytes[index])
            index += 1
        }
        guard endsCleanly(at: index),
            isPhoneShaped(groups, separators: separators, hasPlus: hasPlus, hasParentheses: hasParentheses)
        else { return nil }
        return index
    }

    /// Nothing glued after the last digit that would make it part of a longer
    /// number, a word or a percentage.
    private func endsCleanly(at index: Int) -> Bool {
        guard index < bytes.count else { return true }
        let next = bytes[index]
        if ASCII.isAlphanumeric(next) || next == UInt8(ascii: "%") { return false }
        let continuesNumber = next == UInt8(ascii: ".") || next == UInt8(ascii: ",") || next == UInt8(ascii: "/")
            || next == UInt8(ascii: ":") || next == UInt8(ascii: "-")
        return !(continuesNumber && index + 1 < bytes.count && ASCII.isDigit(bytes[index + 1]))
    }

    private func isPhoneShaped(
        _ groups: [Range<Int>], separators: Set<UInt8>, hasPlus: Bool, hasParentheses: Bool
    ) -> Bool {
        let digits = groups.reduce(0) { $0 + $1.count }
        guard (7...15).contains(digits), let first = groups.first else { return false }
        if groups.count == 1 { return hasPlus && digits >= 8 }
        guard groups.dropFirst().allSatisfy({ (2...5).contains($0.count) }) else { return false }
        if hasPlus || hasParentheses { return true }
        let lengths = groups.map(\.count)
        guard first.count >= 2 || groups.count >= 4 else { return false }
        // Dates and spans of years look like short phone numbers.
        if lengths == [4, 2, 2] || lengths == [2, 2, 4] { return false }
        if lengths == [4, 4] && groups.allSatisfy(isYearLike) { return false }
        if separators == [UInt8(ascii: ".")] && groups.count < 3 { return false }
        if separators == [UInt8(ascii: " ")] {
            // Bare numbers in a row ("100 200 300") need a trunk prefix or a final group of four.
            return bytes[first.lowerBound] == UInt8(ascii: "0") || (groups.count >= 3 && lengths.last == 4)
        }
        return true
    }

    private func isYearLike(_ group: Range<Int>) -> Bool {
        let century = (bytes[group.lowerBound], bytes[group.lowerBound + 1])
        return century == (UInt8(ascii: "1"), UInt8(ascii: "8")) || century == (UInt8(ascii: "1"), UInt8(ascii: "9"))
            || century == (UInt8(ascii: "2"), UInt8(ascii: "0"))
    }
}

private let phoneSeparators: Set<UInt8> = [UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: ".")]
/// Bytes before a digit that make it part of something else: an amount, a
/// decimal, a ratio, a path.
private let phoneBlockers: Set<UInt8> = Set("$.,-/:+#@_&*=".utf8)
