import TextPipeCore

/// A listed given name standing alone on its line, perhaps with a comma or
/// a dash after it, is a person: how e-mail and letters address someone
/// ("Maria,") and sign off ("Tomas"). News text, which the model learns
/// from, never writes names that way, so the model alone misses them.
enum LoneGivenNames {
    /// The confidence given to such a name: the habit is strong, but a lone
    /// word can still be a heading.
    static let confidence = 0.75

    /// `names` (sorted, not overlapping) with the lone given names of `text`
    /// added as PERSON, where the model found nothing else on the line;
    /// returns the token ranges of all names in the same order.
    static func added(
        to names: [Entity], tokenRanges: [Range<Int>], in text: TokenText
    ) -> (names: [Entity], tokenRanges: [Range<Int>]) {
        let covered = FoundNames.covered(by: tokenRanges, count: text.count)
        var added: [(Entity, Range<Int>)] = []
        var lineStart = 0
        while lineStart < text.count {
            var lineEnd = lineStart + 1
            while lineEnd < text.count && !text.hasLineBreak(before: lineEnd) { lineEnd += 1 }
            if let name = loneName(in: lineStart..<lineEnd, of: text), !covered[name] {
                let tokens = name..<name + 1
                added.append((Entity(span: text.span(of: tokens), label: .person, confidence: confidence), tokens))
            }
            lineStart = lineEnd
        }
        return FoundNames.merging(names, tokenRanges, with: added)
    }

    /// The token of `line` when the line is one capitalised listed given name
    /// (and nothing else the lists know it as), optionally followed by one
    /// comma, dash or colon.
    private static func loneName(in line: Range<Int>, of text: TokenText) -> Int? {
        let name = line.lowerBound
        guard text.kind(name) == .word, text.isCapitalized(name), !text.isAllCaps(name) else { return nil }
        if line.count == 2 {
            guard text.length(line.upperBound - 1) == 1,
                [UInt8(ascii: ","), UInt8(ascii: "-"), UInt8(ascii: ":")].contains(text.firstByte(line.upperBound - 1))
            else { return nil }
        } else if line.count != 1 {
            return nil
        }
        let classes = text.wordClasses(name)
        guard classes.contains(.givenName),
            classes.isDisjoint(with: [.nonEntity, .place, .organisation, .commonAcronym, .demonym, .title])
        else { return nil }
        return name
    }
}
