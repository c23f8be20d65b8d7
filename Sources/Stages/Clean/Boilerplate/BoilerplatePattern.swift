import TextPipeCore

/// A pattern a whole line of boilerplate matches, ignoring ASCII case.
///
/// Written as in ``BoilerplatePatterns/list``: `text` must be the whole line,
/// `text*` its start, `*text` its end, `*text*` anywhere in it. A start or end
/// that ends in a letter must end on a word boundary, so `share on*` does not
/// match "Share online sales rose".
struct BoilerplatePattern: Sendable {
    enum Kind: Sendable {
        case whole, prefix, suffix, contains
    }

    let kind: Kind
    /// The pattern's text, lower-case.
    let text: [UInt8]

    /// Parses one pattern.
    init(_ source: String) {
        let opensWithStar = source.hasPrefix("*")
        let endsWithStar = source.count > 1 && source.hasSuffix("*")
        switch (opensWithStar, endsWithStar) {
        case (false, false): kind = .whole
        case (false, true): kind = .prefix
        case (true, false): kind = .suffix
        case (true, true): kind = .contains
        }
        let core = source.dropFirst(opensWithStar ? 1 : 0).dropLast(endsWithStar ? 1 : 0)
        text = core.utf8.map(ASCII.lowercased)
    }

    /// Whether the line `bytes[range]` (trimmed) matches.
    func matches(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        switch kind {
        case .whole:
            return ByteMatching.equals(bytes, range, text)
        case .prefix:
            let end = range.lowerBound + text.count
            return ByteMatching.matches(bytes, at: range.lowerBound, end: range.upperBound, text)
                && endsWord(bytes, at: end, in: range, patternEdge: text.last)
        case .suffix:
            let start = range.upperBound - text.count
            return start >= range.lowerBound
                && ByteMatching.matches(bytes, at: start, end: range.upperBound, text)
                && endsWord(bytes, at: start - 1, in: range, patternEdge: text.first)
        case .contains:
            return ByteMatching.contains(bytes, range, text)
        }
    }

    /// Whether the byte at `index`, next to a match whose edge byte is
    /// `patternEdge`, keeps that edge a word boundary.
    private func endsWord(
        _ bytes: UnsafeBufferPointer<UInt8>, at index: Int, in range: Range<Int>, patternEdge: UInt8?
    ) -> Bool {
        guard let patternEdge, ASCII.isLetter(patternEdge), range.contains(index) else { return true }
        return !ASCII.isAlphanumeric(bytes[index])
    }
}
