import TextPipeCore

/// Recognises bylines and reads the authors' names from them.
///
/// With an opening: "By Jane Doe", "By Jane Doe | Staff Writer", "By Jane
/// Doe and John Roe, City Desk", "BY AFP", "Written by Jane Doe". After the
/// opening come names (capitalised words and particles such as "de" or
/// "van", two or more, or one all-capital agency name), then the line ends,
/// or a separator (`|` `·` `•` `-` `–` `—` `/`) leads to anything, or a
/// comma leads to a capitalised role. A line ending in `.` `!` `?` is a
/// sentence ("By Monday, the council had voted."), not a byline.
///
/// Bare, without an opening (see ``bareAuthors(_:_:nonNames:standsAlone:)``): the names alone.
enum BylineMatcher {
    /// The most words a name part may have.
    static let maximumNameWords = 8
    /// How many name words (particles aside) each author of a bare byline has.
    static let bareNameWords = 2...4
    /// The most words of a role after a bare byline ("Senior Health Correspondent").
    static let maximumRoleWords = 5

    /// The authors of the byline `bytes[line]` (trimmed), each the range of
    /// one name; `nil` when the line is no byline. Lines opening with a plain
    /// "By" count only `atTop` of the document, where pages put them.
    static func authors(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>, atTop: Bool) -> [Range<Int>]? {
        guard let last = line.last, !sentenceEnds.contains(bytes[last]) else { return nil }
        let opening: [UInt8]? =
            atTop && ByteMatching.matches(bytes, at: line.lowerBound, end: line.upperBound, plainOpening)
            ? plainOpening
            : openings.first { ByteMatching.matches(bytes, at: line.lowerBound, end: line.upperBound, $0) }
        guard let opening,
            let names = NameRun(bytes, line.lowerBound + opening.count..<line.upperBound, isNameWord: { isName(bytes, $0) })
        else { return nil }
        if names.tailFollowsComma {
            // A role: "Staff Writer", "Reuters", "2 min read".
            guard let tail = names.tail, ASCII.isUpper(bytes[tail.lowerBound]) || ASCII.isDigit(bytes[tail.lowerBound])
            else { return nil }
        }
        let minimumWords = opening == plainOpening ? 2 : 1
        let isAgency = names.wordCounts == [1] && names.authors[0].allSatisfy { ASCII.isUpper(bytes[$0]) }
            && names.authors[0].count >= 2
        return names.wordCounts.reduce(0, +) >= minimumWords || isAgency ? names.authors : nil
    }

    /// The authors of a line that is nothing but their names: "Jane Doe",
    /// "Jane Doe and John Roe", "Jane Doe, Staff Reporter", "Jane Doe | 3
    /// March 2025". Each name has 2 to 4 capitalised words that are neither
    /// function words nor words of headings and page furniture ("The Plan",
    /// "Key Findings", "Breaking News" are no names: see ``NonNameWords``,
    /// whose set `nonNames` is); a role is capitalised words, and a date must
    /// fill the rest of the line. A single name and nothing else that
    /// `standsAlone` as a paragraph is taken for a subheading ("City
    /// Council"): a byline of one name sits among other header lines.
    static func bareAuthors(
        _ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>, nonNames: WordSet, standsAlone: Bool
    ) -> [Range<Int>]? {
        guard let last = line.last, !sentenceEnds.contains(bytes[last]),
            let names = NameRun(bytes, line, isNameWord: { isBareName(bytes, $0, nonNames: nonNames) }),
            names.wordCounts.allSatisfy(bareNameWords.contains)
        else { return nil }
        guard let tail = names.tail else { return standsAlone && names.authors.count == 1 ? nil : names.authors }
        return isRole(bytes, tail) || DateReader.wholeLineDate(in: bytes, tail) != nil ? names.authors : nil
    }

    private static let plainOpening = Array("by ".utf8)
    private static let openings = ["written by ", "reported by ", "posted by ", "story by ", "words by ", "text by "]
        .map { Array($0.utf8) }
    private static let sentenceEnds: Set<UInt8> = Set(".!?".utf8)

    /// A capitalised word of letters, with `.` `'` `’` `-` inside ("J.", "O’Neil", "Smith-Jones").
    private static func isName(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
        guard let first = word.first, ASCII.isUpper(bytes[first]) || bytes[first] >= 0x80 else { return false }
        return word.allSatisfy { index in
            let byte = bytes[index]
            return ASCII.isLetter(byte) || byte >= 0x80 || byte == UInt8(ascii: ".") || byte == Byte.singleQuote
                || byte == Byte.hyphen
        }
    }

    /// A name word that starts with an ASCII capital and is no common word.
    private static func isBareName(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>, nonNames: WordSet) -> Bool {
        guard let first = word.first, ASCII.isUpper(bytes[first]), isName(bytes, word) else { return false }
        var core = word
        while let last = core.last, bytes[last] == UInt8(ascii: ".") { core = core.lowerBound..<last }
        return !nonNames.contains(bytes, core, foldingCase: true)
    }

    /// Whether `bytes[tail]` is a role: a few words, each capitalised.
    private static func isRole(_ bytes: UnsafeBufferPointer<UInt8>, _ tail: Range<Int>) -> Bool {
        let words = bytes[tail].split(separator: Byte.space)
        return (1...maximumRoleWords).contains(words.count)
            && words.allSatisfy { word in ASCII.isUpper(word[word.startIndex]) && word.allSatisfy(ASCII.isLetter) }
    }
}
