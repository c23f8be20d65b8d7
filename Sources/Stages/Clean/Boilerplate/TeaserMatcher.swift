import TextPipeCore

/// Recognises link teasers, lines that point the reader to another story:
/// "Also read: Budget talks stall", "READ MORE", "See also | Council votes
/// on the new park", "Read more »", "Related: ...".
///
/// The line opens with a teaser phrase (any case), then ends, or a
/// separator (`:` `|` `-` `–` `—` `»` `›` `→` `>` `…`) leads to one headline:
/// at most ``maximumLength`` characters and no sentence end inside it. So
/// teasers of any length go, while a sentence that opens with the same words
/// ("Read more about the plan in the council's report.") stays, and one that
/// only mentions them is never looked at.
struct TeaserMatcher: Sendable {
    /// Longer lines are text, whatever they open with.
    static let maximumLength = 200

    /// The openings, lower case, longest first.
    private let openings: [[UInt8]]
    /// By an opening's first letter (`a` is 0), bit `n` set when one goes on with the `n`th letter.
    private let secondLetters: [UInt32]

    /// A matcher of the standard openings; the boilerplate filter holds one,
    /// so the check every line gets reads no global state.
    init() {
        openings = Self.openingList.sorted { $0.count > $1.count }.map { Array($0.utf8) }
        var secondLetters = [UInt32](repeating: 0, count: 26)
        for opening in openings {
            secondLetters[Int(opening[0] - UInt8(ascii: "a"))] |= 1 << UInt32(opening[1] - UInt8(ascii: "a"))
        }
        self.secondLetters = secondLetters
    }

    /// Whether the trimmed line `bytes[line]` is a teaser.
    func matches(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Bool {
        // Nearly every line is told apart by its first two letters, before any opening is compared.
        guard line.count >= 2 else { return false }
        let first = ASCII.lowercased(bytes[line.lowerBound]) &- UInt8(ascii: "a")
        let second = ASCII.lowercased(bytes[line.lowerBound + 1]) &- UInt8(ascii: "a")
        guard first < 26, second < 26, secondLetters[Int(first)] & (1 << UInt32(second)) != 0,
            let opening = openings.first(where: { ByteMatching.matches(bytes, at: line.lowerBound, end: line.upperBound, $0) })
        else { return false }
        var position = line.lowerBound + opening.count
        guard position == line.upperBound || !ASCII.isAlphanumeric(bytes[position]) else { return false }
        Self.skipSpaces(bytes, &position, line.upperBound)
        guard position < line.upperBound else { return true }
        guard Self.takeSeparators(bytes, &position, line.upperBound) else { return false }
        return Self.isOneHeadline(bytes, position..<line.upperBound)
    }

    private static let openingList = [
        "also read", "read also", "read more", "see also", "also see", "also watch", "must read", "must-read",
        "don't miss", "don\u{2019}t miss", "related", "related story", "related stories", "related article",
        "related articles", "more on this story", "further reading", "recommended",
    ]
    private static let separators = [":", "|", "-", "\u{2013}", "\u{2014}", "\u{BB}", "\u{203A}", "\u{2192}", ">", "\u{2026}", "."]
        .map { Array($0.utf8) }

    /// Skips one or more separators, the last followed by a space or the
    /// line end ("Related-party" has none), and the spaces after them;
    /// `false` when there are none. Full stops alone end the line ("Read
    /// more..."): with text after them the opening is a sentence of its own
    /// ("Recommended. The staff were friendly").
    private static func takeSeparators(_ bytes: UnsafeBufferPointer<UInt8>, _ position: inout Int, _ end: Int) -> Bool {
        var found = false
        var onlyFullStops = true
        while let separator = separators.first(where: { ByteMatching.matches(bytes, at: position, end: end, $0) }) {
            position += separator.count
            found = true
            if separator != fullStop { onlyFullStops = false }
        }
        guard found, position == end || bytes[position] == Byte.space else { return false }
        skipSpaces(bytes, &position, end)
        return !onlyFullStops || position == end
    }

    private static let fullStop = Array(".".utf8)

    /// Whether `bytes[rest]` is empty or a headline: short, with no sentence
    /// end followed by more text.
    private static func isOneHeadline(_ bytes: UnsafeBufferPointer<UInt8>, _ rest: Range<Int>) -> Bool {
        guard ByteMatching.scalarCount(bytes, rest) <= maximumLength else { return false }
        return !rest.dropLast().contains { endsSentence(bytes, at: $0, in: rest) }
    }

    /// Whether `bytes[index]` ends a sentence that more text follows: `?` or
    /// `!`, or `.` after a word of four or more letters ("U.S.", "Dr." and
    /// "St." are abbreviations), then a space.
    private static func endsSentence(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, in rest: Range<Int>) -> Bool {
        guard bytes[index + 1] == Byte.space else { return false }
        switch bytes[index] {
        case Byte.question, Byte.exclamation: return true
        case UInt8(ascii: "."):
            var wordStart = index
            while wordStart > rest.lowerBound && ASCII.isLetter(bytes[wordStart - 1]) { wordStart -= 1 }
            return index - wordStart >= 4
        default: return false
        }
    }

    private static func skipSpaces(_ bytes: UnsafeBufferPointer<UInt8>, _ position: inout Int, _ end: Int) {
        while position < end && bytes[position] == Byte.space { position += 1 }
    }
}
