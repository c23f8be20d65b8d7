import TextPipeCore

/// Finds international bank account numbers: a country code, two check
/// digits and up to 30 letters or digits, unbroken or in groups of four
/// separated by single spaces, 15 to 34 characters in all, passing the
/// mod-97 check of ISO 13616.
enum IBANScanner {
    /// The spans of the IBANs in `bytes`.
    static func spans(in bytes: UnsafeBufferPointer<UInt8>) -> [Span] {
        var spans: [Span] = []
        var index = 0
        while index + 4 <= bytes.count {
            if ASCII.isUpper(bytes[index]), ASCII.isUpper(bytes[index + 1]), ASCII.isDigit(bytes[index + 2]),
                ASCII.isDigit(bytes[index + 3]), index == 0 || !ASCII.isAlphanumeric(bytes[index - 1]),
                let end = ibanEnd(bytes, from: index)
            {
                spans.append(Span(start: index, end: end))
                index = end
            } else {
                index += 1
            }
        }
        return spans
    }

    private static let lengths = 15...34

    /// The end of the longest valid IBAN at `start`: the groups are tried from
    /// the most to the fewest, as a word in capitals may follow a spaced IBAN.
    private static func ibanEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var characters: [UInt8] = []
        var groupEnds: [(end: Int, characters: Int)] = []
        var index = start
        while index < bytes.count && characters.count < lengths.upperBound {
            let groupStart = index
            while index < bytes.count && isIBANCharacter(bytes[index]) && characters.count < lengths.upperBound {
                characters.append(bytes[index])
                index += 1
            }
            groupEnds.append((index, characters.count))
            guard index - groupStart == 4, index + 1 < bytes.count, bytes[index] == UInt8(ascii: " "),
                isIBANCharacter(bytes[index + 1])
            else { break }
            index += 1
        }
        for group in groupEnds.reversed() where lengths.contains(group.characters) {
            guard NumberBoundary.canEnd(bytes, at: group.end) else { continue }
            if passesCheck(characters[..<group.characters]) { return group.end }
        }
        return nil
    }

    private static func isIBANCharacter(_ byte: UInt8) -> Bool { ASCII.isUpper(byte) || ASCII.isDigit(byte) }

    /// The mod-97 check: the first four characters moved to the end, letters
    /// read as 10–35, and the whole taken as one number must leave 1.
    private static func passesCheck(_ characters: ArraySlice<UInt8>) -> Bool {
        var remainder = 0
        for character in characters.dropFirst(4) + characters.prefix(4) {
            if ASCII.isDigit(character) {
                remainder = (remainder * 10 + Int(character - UInt8(ascii: "0"))) % 97
            } else {
                remainder = (remainder * 100 + Int(character - UInt8(ascii: "A")) + 10) % 97
            }
        }
        return remainder == 1
    }
}
