import TextPipeCore

/// The listed phrases (places, organisations: "New York City", "St. Louis")
/// over a document's tokens, longest match first from the left.
enum ListedPhrases {
    /// For each token of `text`, its place in the listed phrase over it
    /// within its sentence: the phrase's kinds in the high bits, the BILOU
    /// position in the low two; 0 outside any phrase. `classes` are the
    /// tokens' word lists, `hasPossessive` tells whether a token ends in "'s".
    static func marks(
        in sentences: [Range<Int>], of text: TokenText, classes: [WordClasses], hasPossessive: (Int) -> Bool
    ) -> [UInt64] {
        var marks = [UInt64](repeating: 0, count: text.count)
        for sentence in sentences {
            var index = sentence.lowerBound
            while index < sentence.upperBound {
                // A word's classes, known already, tell whether any phrase can start at it.
                guard text.kind(index) == .word,
                    !classes[index].isDisjoint(with: phraseStarts),
                    let (length, kinds) = longestPhrase(at: index, in: sentence, of: text, hasPossessive: hasPossessive)
                else {
                    index += 1
                    continue
                }
                let kindBits = UInt64(kinds.rawValue) << 2
                for offset in 0..<length {
                    let position: TagSet.Position =
                        length == 1 ? .unit : offset == 0 ? .begin : offset == length - 1 ? .last : .inside
                    marks[index + offset] = kindBits | UInt64(position.rawValue) | 0x1000
                }
                index += length
            }
        }
        return marks
    }

    /// The classes of a word a listed phrase can start with.
    private static let phraseStarts = WordClasses.phraseKinds.union(.phrasePrefix)

    /// The longest listed phrase starting at `start`, a word of
    /// ``phraseStarts``: its length in tokens and kinds. `hasPossessive` tells
    /// whether a token ends in "'s" (no phrase runs on past one).
    private static func longestPhrase(
        at start: Int, in sentence: Range<Int>, of text: TokenText, hasPossessive: (Int) -> Bool
    ) -> (Int, WordClasses)? {
        var found: (Int, WordClasses)?
        var hash = FoldedHash()
        var index = start
        let limit = min(sentence.upperBound, start + 6)
        while index < limit {
            var candidate = hash
            candidate.combine(text.bytes, text.start(index)..<text.wordRange(index).upperBound)
            let classes = Gazetteer.classes(candidate.value)
            if !classes.isDisjoint(with: WordClasses.phraseKinds) {
                found = (index - start + 1, classes.intersection(WordClasses.phraseKinds))
            }
            guard classes.contains(.phrasePrefix), index + 1 < limit, !hasPossessive(index) else { break }
            hash.combine(text.bytes, text.start(index)..<text.end(index))
            // Words of a listed phrase are one space apart, or glued ("St." is "St" and ".").
            let gap = text.end(index)..<text.start(index + 1)
            guard gap.isEmpty || (gap.count == 1 && text.bytes[gap.lowerBound] == UInt8(ascii: " ")) else { break }
            hash.combine(text.bytes, gap)
            index += 1
        }
        return found
    }
}
