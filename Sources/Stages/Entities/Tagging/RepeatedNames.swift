import TextPipeCore

/// One name, one label per document: a name the model found once is the same
/// name where it recurs and the model missed it (an acronym given in brackets
/// after the full name, a company named again in a reply), and where the model
/// found it again with less certainty or another label, it takes the label and
/// confidence of its most certain occurrence.
enum RepeatedNames {
    /// `names` (sorted, not overlapping) made consistent: each capitalised
    /// name (and the surname or listed given name alone of a person named in
    /// full) takes the label and confidence of its most certain occurrence,
    /// and its other occurrences the model missed are added. An added
    /// occurrence counts only as a whole: not inside a longer run of
    /// capitalised words (a heading's common words, `headingCommonWords` as
    /// ``HeadingEvidence`` gives them, do not count), and not overlapping a
    /// name already found.
    static func completed(
        _ names: [Entity], tokenRanges: [Range<Int>], in text: TokenText, headingCommonWords: [Bool] = []
    ) -> [Entity] {
        let known = mostCertainOccurrences(of: names, tokenRanges: tokenRanges, in: text)
        guard !known.isEmpty else { return names }
        var names = names
        for (position, tokens) in tokenRanges.enumerated() {
            guard let strongest = known[hash(of: tokens, in: text)]?.entity else { continue }
            names[position].label = strongest.label
            names[position].confidence = strongest.confidence
        }
        let added = missedOccurrences(
            of: known, besides: tokenRanges, in: text, headingCommonWords: headingCommonWords)
        return added.isEmpty ? names : (names + added).sorted { $0.span < $1.span }
    }

    /// By the hash of its words, the most certain occurrence of each
    /// capitalised name and of the surname and listed given name of each
    /// person named in full.
    private static func mostCertainOccurrences(
        of names: [Entity], tokenRanges: [Range<Int>], in text: TokenText
    ) -> [UInt64: (tokens: Range<Int>, entity: Entity)] {
        var known: [UInt64: (tokens: Range<Int>, entity: Entity)] = [:]
        func learn(_ tokens: Range<Int>, _ name: Entity) {
            guard text.isCapitalized(tokens.lowerBound) else { return }
            let key = hash(of: tokens, in: text)
            if let seen = known[key], (seen.entity.confidence ?? 1) >= (name.confidence ?? 1) { return }
            known[key] = (tokens, name)
        }
        for (name, tokens) in zip(names, tokenRanges) {
            learn(tokens, name)
            // A person named in full is later named by the surname alone,
            // or (informal text, e-mail) by the given name alone.
            if name.label == .person && tokens.count > 1 && text.kind(tokens.upperBound - 1) == .word {
                learn(tokens.upperBound - 1..<tokens.upperBound, name)
                if text.isGivenName(tokens.lowerBound) { learn(tokens.lowerBound..<tokens.lowerBound + 1, name) }
            }
        }
        return known
    }

    /// The occurrences of the `known` names outside `found` (token ranges),
    /// each with the label and confidence of the known one.
    private static func missedOccurrences(
        of known: [UInt64: (tokens: Range<Int>, entity: Entity)], besides found: [Range<Int>], in text: TokenText,
        headingCommonWords: [Bool]
    ) -> [Entity] {
        var firstWords: [UInt64: [Range<Int>]] = [:]
        for (tokens, _) in known.values { firstWords[hash(of: tokens.prefix(1), in: text), default: []].append(tokens) }
        var covered = [Bool](repeating: false, count: text.count)
        for tokens in found { for index in tokens { covered[index] = true } }
        var added: [Entity] = []
        var index = 0
        while index < text.count {
            // A known name begins with a capital, and so does each recurrence of its bytes.
            guard !covered[index], text.isCapitalized(index),
                let candidates = firstWords[hash(of: index..<index + 1, in: text)],
                let match = candidates.first(where: {
                    occurs($0, at: index, in: text, covered: covered, headingCommonWords: headingCommonWords)
                })
            else {
                index += 1
                continue
            }
            let occurrence = index..<index + match.count
            let source = known[hash(of: match, in: text)]!.entity
            added.append(Entity(span: text.span(of: occurrence), label: source.label, confidence: source.confidence))
            index = occurrence.upperBound
        }
        return added
    }

    /// Whether the tokens of `name` recur, uncovered, from `start`, and stand alone there.
    private static func occurs(
        _ name: Range<Int>, at start: Int, in text: TokenText, covered: [Bool], headingCommonWords: [Bool]
    ) -> Bool {
        let end = start + name.count
        guard end <= text.count, start != name.lowerBound else { return false }
        for offset in 0..<name.count {
            let index = start + offset
            if covered[index] || !sameBytes(index, name.lowerBound + offset, in: text) { return false }
        }
        func isCommonHeadingWord(_ index: Int) -> Bool { !headingCommonWords.isEmpty && headingCommonWords[index] }
        let extendsLeft = start > 0 && !isCommonHeadingWord(start - 1)
            && text.isGluedOrCapitalizedWord(start - 1, beside: start)
        let extendsRight = end < text.count && !isCommonHeadingWord(end)
            && text.isGluedOrCapitalizedWord(end, beside: end - 1)
        return !extendsLeft && !extendsRight
    }

    private static func sameBytes(_ first: Int, _ second: Int, in text: TokenText) -> Bool {
        let a = text.wordRange(first)
        let b = text.wordRange(second)
        guard a.count == b.count else { return false }
        for offset in 0..<a.count where text.bytes[a.lowerBound + offset] != text.bytes[b.lowerBound + offset] {
            return false
        }
        return true
    }

    private static func hash(of tokens: Range<Int>, in text: TokenText) -> UInt64 {
        var hash = ByteHash()
        for index in tokens {
            for position in text.wordRange(index) { hash.combine(text.bytes[position]) }
            hash.combine(0x20)
        }
        return hash.value
    }
}

extension TokenText {
    /// Whether word token `index`, next to `neighbour`, would make a name
    /// there longer: it is written with no space between them, or capitalised
    /// and not a function word ("Then Brennick left" names "Brennick").
    fileprivate func isGluedOrCapitalizedWord(_ index: Int, beside neighbour: Int) -> Bool {
        guard kind(index) == .word else { return false }
        if index < neighbour ? isGluedToNext(index) : isGluedToNext(neighbour) { return true }
        return isCapitalized(index) && !wordClasses(index).contains(.nonEntity)
    }
}
