import TextPipeCore

/// The names at the start of a byline, split into authors at "and" and
/// "&", up to a separator (`|` `·` `•` `-` `–` `—` `/`) or a comma, after
/// which comes the ``tail``.
struct NameRun {
    /// Each author's name, from its first to its last word.
    private(set) var authors: [Range<Int>] = []
    /// How many name words (particles aside) each author has.
    private(set) var wordCounts: [Int] = []
    /// What follows a separator or a comma, when one ends the names and text follows it.
    private(set) var tail: Range<Int>?
    /// Whether a comma (rather than a separator) ends the names.
    private(set) var tailFollowsComma = false

    /// The names of `bytes[range]`, whose words `isNameWord` accepts; `nil`
    /// when a word is neither a name, a particle nor a joiner, or when
    /// there are more than ``BylineMatcher/maximumNameWords`` name words.
    init?(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, isNameWord: (Range<Int>) -> Bool) {
        var author: Range<Int>?
        var words = 0
        var position = range.lowerBound
        while position < range.upperBound {
            var wordEnd = position
            while wordEnd < range.upperBound && bytes[wordEnd] != Byte.space { wordEnd += 1 }
            let separatorFollows = Self.separators.contains(bytes, position..<wordEnd)
            let endsWithComma = !separatorFollows && bytes[wordEnd - 1] == UInt8(ascii: ",")
            let word = position..<(endsWithComma ? wordEnd - 1 : wordEnd)
            if !separatorFollows {
                if isNameWord(word) {
                    author = (author?.lowerBound ?? word.lowerBound)..<word.upperBound
                    words += 1
                    guard wordCounts.reduce(words, +) <= BylineMatcher.maximumNameWords else { return nil }
                } else if Self.joiners.contains(bytes, word, foldingCase: true) {
                    guard closeAuthor(&author, &words) else { return nil }
                } else if Self.particles.contains(bytes, word, foldingCase: true) {
                    author = (author?.lowerBound ?? word.lowerBound)..<word.upperBound
                } else {
                    return nil
                }
            }
            position = wordEnd
            while position < range.upperBound && bytes[position] == Byte.space { position += 1 }
            if separatorFollows || endsWithComma {
                tail = position < range.upperBound ? position..<range.upperBound : nil
                tailFollowsComma = endsWithComma
                break
            }
        }
        guard closeAuthor(&author, &words) else { return nil }
    }

    /// Ends the author being read; `false` when there is none, or it has no name word.
    private mutating func closeAuthor(_ author: inout Range<Int>?, _ words: inout Int) -> Bool {
        guard let name = author, words > 0 else { return false }
        authors.append(name)
        wordCounts.append(words)
        author = nil
        words = 0
        return true
    }

    private static let separators = WordSet(["|", "·", "•", "-", "–", "—", "/"])
    private static let joiners = WordSet(["and", "&"])
    private static let particles = WordSet(list: """
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
}
