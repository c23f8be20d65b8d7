import TextPipeCore

/// Finds payment card numbers: 13 to 19 digits, written unbroken or in groups
/// of at least three joined by single spaces or dashes, that pass the Luhn check.
enum CardScanner {
    /// The spans of the card numbers in `bytes`.
    static func spans(in bytes: UnsafeBufferPointer<UInt8>) -> [Span] {
        var spans: [Span] = []
        var index = 0
        while index < bytes.count {
            guard ASCII.isDigit(bytes[index]) else {
                index += 1
                continue
            }
            if NumberBoundary.canStart(bytes, at: index), let end = cardEnd(bytes, from: index) {
                spans.append(Span(start: index, end: end))
                index = end
            } else {
                index = NumberBoundary.digitRunEnd(bytes, from: index)
            }
        }
        return spans
    }

    /// The end of the longest run of leading groups that forms a valid card
    /// number (a card may be followed by another number, such as an expiry year).
    private static func cardEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        let run = DigitGroups(bytes, from: start) { bytes, index in
            bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "-") ? 1 : 0
        }
        for count in stride(from: run.groups.count, through: 1, by: -1) {
            let end = run.groups[count - 1].upperBound
            guard (13...19).contains(run.digitCount(ofFirst: count)), NumberBoundary.canEnd(bytes, at: end),
                count == 1 || run.groups[..<count].allSatisfy({ $0.count >= 3 })
            else { continue }
            let digits = run.digits(ofFirst: count, in: bytes)
            if digits.contains(where: { $0 != 0 }) && Luhn.isValid(digits) { return end }
        }
        return nil
    }
}

/// The Luhn checksum that card numbers carry in their last digit.
enum Luhn {
    /// Whether `digits` (values 0–9) pass the check.
    static func isValid(_ digits: [UInt8]) -> Bool {
        var sum = 0
        for (position, digit) in digits.reversed().enumerated() {
            let value = Int(digit)
            sum += position % 2 == 1 ? (value * 2 > 9 ? value * 2 - 9 : value * 2) : value
        }
        return sum % 10 == 0
    }
}
