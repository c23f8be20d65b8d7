import TextPipeCore

/// Recognises bylines: "By Jane Doe", "By Jane Doe | Staff Writer",
/// "By Jane Doe and John Roe, City Desk", "BY AFP", "Written by Jane Doe".
///
/// After the opening words come names (capitalised words and particles such
/// as "de" or "van", two or more, or one all-capital agency name), then the
/// line ends, or a separator (`|` `·` `•` `-` `–` `—` `/`) leads to anything,
/// or a comma leads to a capitalised role. A line ending in `.` `!` `?` is a
/// sentence ("By Monday, the council had voted."), not a byline.
enum BylineMatcher {
    /// The most words a name part may have.
    static let maximumNameWords = 8

    /// Whether the trimmed line `bytes[line]` is a byline. Lines opening with
    /// a plain "By" count only `atTop` of the document, where pages put them.
    static func matches(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>, atTop: Bool) -> Bool {
        guard let last = line.last, !sentenceEnds.contains(bytes[last]) else { return false }
        if atTop && ByteMatching.matches(bytes, at: line.lowerBound, end: line.upperBound, plainOpening) {
            return namesFollow(bytes, line.lowerBound + plainOpening.count..<line.upperBound, minimumWords: 2)
        }
        for opening in openings where ByteMatching.matches(bytes, at: line.lowerBound, end: line.upperBound, opening) {
            return namesFollow(bytes, line.lowerBound + opening.count..<line.upperBound, minimumWords: 1)
        }
        return false
    }

    private static let plainOpening = Array("by ".utf8)
    private static let openings = ["written by ", "reported by ", "posted by ", "story by ", "words by ", "text by "]
        .map { Array($0.utf8) }
    private static let sentenceEnds: Set<UInt8> = Set(".!?".utf8)
    private static let separators = WordSet(["|", "·", "•", "-", "–", "—", "/"])
    private static let particles = WordSet(list: """
        and
        &
        al
        bin
        da
        das
        de
        del
        der
        di
        dos
        du
        el
        ibn
        la
        le
        van
        von
        """)

    /// Whether `bytes[rest]` is names, then possibly a separator or a comma and a role.
    private static func namesFollow(_ bytes: UnsafeBufferPointer<UInt8>, _ rest: Range<Int>, minimumWords: Int) -> Bool {
        var names = 0
        var isAgency = false
        var position = rest.lowerBound
        while position < rest.upperBound {
            var wordEnd = position
            while wordEnd < rest.upperBound && bytes[wordEnd] != Byte.space { wordEnd += 1 }
            if separators.contains(bytes, position..<wordEnd) { break }
            let endsWithComma = bytes[wordEnd - 1] == UInt8(ascii: ",")
            let word = position..<(endsWithComma ? wordEnd - 1 : wordEnd)
            if isName(bytes, word) {
                names += 1
                isAgency = word.count >= 2 && word.allSatisfy { ASCII.isUpper(bytes[$0]) }
            } else if !particles.contains(bytes, word, foldingCase: true) {
                return false
            }
            guard names <= maximumNameWords else { return false }
            position = wordEnd
            while position < rest.upperBound && bytes[position] == Byte.space { position += 1 }
            if endsWithComma {
                // A role: "Staff Writer", "Reuters", "2 min read".
                guard position < rest.upperBound, ASCII.isUpper(bytes[position]) || ASCII.isDigit(bytes[position]) else {
                    return false
                }
                break
            }
        }
        return names >= minimumWords || (names == 1 && isAgency)
    }

    /// A capitalised word of letters, with `.` `'` `’` `-` inside ("J.", "O’Neil", "Smith-Jones").
    private static func isName(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
        guard let first = word.first, ASCII.isUpper(bytes[first]) || bytes[first] >= 0x80 else { return false }
        return word.allSatisfy { index in
            let byte = bytes[index]
            return ASCII.isLetter(byte) || byte >= 0x80 || byte == UInt8(ascii: ".") || byte == Byte.singleQuote
                || byte == Byte.hyphen
        }
    }
}
