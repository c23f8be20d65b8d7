import TextPipeCore

/// Finds dates, times, money, percentages and quantities by hand-written rules
/// over the tokens of a sentence.
///
/// Each rule looks at the tokens from one position and says how far its match
/// reaches; the matcher keeps the longest match at each position and moves past it.
struct PatternMatcher {
    /// A pattern found: the tokens it covers and what it is.
    struct Match {
        var tokens: Range<Int>
        var label: EntityLabel
        var confidence: Double
    }

    let text: TokenText

    /// The matches inside `window`, a stretch of one sentence's tokens, in order.
    func matches(in window: Range<Int>) -> [Match] {
        var found: [Match] = []
        var index = window.lowerBound
        while index < window.upperBound {
            if canStartMatch(index), let match = bestMatch(at: index, in: window) {
                found.append(match)
                index = match.tokens.upperBound
            } else {
                index += 1
            }
        }
        return found
    }

    /// Whether any rule can match from token `index`: numbers and symbols
    /// may begin one, punctuation never, a word only when it is one of
    /// ``PatternWords/patternStarts``, a hyphenated number word
    /// ("twenty-five"), or glued to a "$" after it ("US$").
    private func canStartMatch(_ index: Int) -> Bool {
        switch text.kind(index) {
        case .number, .symbol: return true
        case .punctuation: return false
        case .word:
            if text.isWord(index, in: PatternWords.patternStarts) { return true }
            if text.isGluedToNext(index) && text.isMark(index + 1, UInt8(ascii: "$")) { return true }
            let range = text.start(index)..<text.end(index)
            guard let hyphen = range.first(where: { text.bytes[$0] == UInt8(ascii: "-") }) else { return false }
            return bytes(range.lowerBound..<hyphen, in: PatternWords.numberWords)
        }
    }

    /// The longest match starting at `index`; on ties the earlier rule wins.
    private func bestMatch(at index: Int, in window: Range<Int>) -> Match? {
        var best = money(at: index, in: window)
        func consider(_ candidate: Match?) {
            guard let candidate, candidate.tokens.count > best?.tokens.count ?? 0 else { return }
            best = candidate
        }
        consider(percent(at: index, in: window))
        consider(time(at: index, in: window))
        consider(date(at: index, in: window))
        consider(quantity(at: index, in: window))
        return best
    }

    /// The reading of a number token, or nil for other tokens (read again
    /// each time: reading allocates nothing, and most tokens are no numbers).
    func reading(_ index: Int) -> NumberReading? {
        text.kind(index) == .number ? NumberReading(text.bytes, text.start(index)..<text.end(index)) : nil
    }

    /// Whether `range` of the text is an entry of `set`, folding case.
    func bytes(_ range: Range<Int>, in set: WordSet) -> Bool {
        !range.isEmpty && set.contains(text.bytes, range, foldingCase: true)
    }
}
