import TextPipeCore

/// The listed phrases (places, organisations: "New York City", "St. Louis")
/// over a document's tokens, longest match first from the left.
enum ListedPhrases {
    /// For each token of `text`, its place in the listed phrase over it
    /// within its sentence: the phrase's kinds in the high bits, the BILOU
    /// position in the low two; 0 outside any phrase. `attributes` gives a
    /// token's attributes.
    static func marks(
        in sentences: [Range<Int>], of text: TokenText, attributes: (Int) -> TokenAttributes
    ) -> [UInt64] {
        var marks = [UInt64](repeating: 0, count: text.count)
        for sentence in sentences {
            var index = sentence.lowerBound
            while index < sentence.upperBound {
                guard let (length, kinds) = longestPhrase(at: index, in: sentence, of: text, attributes: attributes)
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

    /// The longest listed phrase starting at `start`: its length in tokens and kinds.
    private static func longestPhrase(
        at start: Int, in sentence: Range<Int>, of text: TokenText, attributes: (Int) -> TokenAttributes
    ) -> (Int, WordClasses)? {
        // The word alone is the first phrase tried: its classes, known already, tell whether any can start here.
        guard text.kind(start) == .word,
            !attributes(start).classes.isDisjoint(with: WordClasses.phraseKinds.union(.phrasePrefix))
        else { return nil }
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
            guard classes.contains(.phrasePrefix), index + 1 < limit, !attributes(index).hasPossessive else { break }
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
