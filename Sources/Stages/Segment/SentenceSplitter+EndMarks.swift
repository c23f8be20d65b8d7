import TextPipeCore

/// Whether an end mark ends its sentence, judged on the mark, the word it
/// closes and the words that follow it.
extension SentenceSplitter {
    /// What starts after an end mark, judged on its first word (past opening quotes and brackets).
    enum Opening {
        case lowerCase
        case capitalised
        /// A capitalised word from ``SentenceStarters``, or a title such as `Mr.`.
        case starter
        case number
        /// A symbol, bullet or other punctuation.
        case other
    }

    /// What starts at token `index`, after an end mark.
    func opening(at index: Int, _ text: TokenText) -> Opening {
        let word = EndMark.firstWord(at: index, in: text)
        switch text.tokens[word].kind {
        case .number: return .number
        case .punctuation, .symbol: return .other
        case .word:
            switch text.letterCase(word) {
            case .lower:
                // `see www.x.org` opens like a capitalised word.
                return WebAddress.starts(at: word, in: text) ? .capitalised : .lowerCase
            case .upper:
                return SentenceStarters.contains(word, in: text) || SentenceStarters.isTitle(word, in: text)
                    ? .starter : .capitalised
            case .none: return .other
            }
        }
    }

    /// Whether the end mark at `index`, running to `last`, ends the sentence.
    func endsSentence(_ mark: EndMark, at index: Int, last: Int, sentenceStart: Int, _ text: TokenText) -> Bool {
        let next = last + 1
        guard next < text.count else { return true }
        if mark == .fullWidth { return true }
        // Dots inside URLs, numbers, file names and e-mail addresses have no space after them.
        guard !text.touchesPrevious(next) else { return false }
        // A spaced ellipsis (`. . .`) goes on to its next dot.
        if let following = EndMark.at(next, in: text), following == .period || following == .ellipsis { return false }
        // An interjection set off by dashes goes on: `and -- presto! -- it is done`.
        if isDashAside(next, text) { return false }
        let opening = opening(at: next, text)
        // Quoted speech goes on after its closing quote: "Why?" he asked.
        if opening == .lowerCase && EndMark.isCloser(index + 1, in: text) && text.touchesPrevious(index + 1) {
            return false
        }
        switch mark {
        case .exclamation:
            return opening != .lowerCase || !isExclaimedName(index, sentenceStart: sentenceStart, text)
        case .fullWidth:
            return true
        case .ellipsis, .emoticon:
            return (opening == .capitalised || opening == .starter) && !isOmission(index, text)
        case .dottedWord:
            return dottedWordEndsSentence(at: index, last: last, opening: opening, sentenceStart: sentenceStart, text)
        case .period:
            return periodEndsSentence(at: index, next: next, opening: opening, sentenceStart: sentenceStart, text)
        }
    }

    /// A word written with its own dots (`U.S.`, `p.m.`, `e.g.`).
    private func dottedWordEndsSentence(at index: Int, last: Int, opening: Opening, sentenceStart: Int,
        _ text: TokenText) -> Bool
    {
        // A mark after the word's own dot (`U.S..`, `U.N.?`) is the sentence's.
        if last > index, let glued = EndMark.at(index + 1, in: text), glued != .dottedWord {
            return opening != .lowerCase
        }
        let word = text.range(index).lowerBound..<(text.range(index).upperBound - 1)
        switch abbreviations.role(of: text.bytes, word) {
        case .leading: return false
        case .closing: return opening != .lowerCase && opening != .number
        case .general, .numbered, nil:
            return (opening == .starter || opening == .other)
                && !isFrontedPhrase(index, sentenceStart: sentenceStart, text)
        }
    }

    private func periodEndsSentence(at index: Int, next: Int, opening: Opening, sentenceStart: Int,
        _ text: TokenText) -> Bool
    {
        guard index > sentenceStart, text.touchesPrevious(index), text.tokens[index - 1].kind == .word else {
            // The last dot of a spaced ellipsis (`. . .`) trails off like `...`;
            // an `I` after it goes on with a hesitation (`the thing is . . . I didn't`).
            if index > sentenceStart && text.isCharacter(index - 1, UInt8(ascii: ".")) {
                return (opening == .capitalised || opening == .starter) && !isPronounI(next, text)
            }
            // `N°. 5`: a sign abbreviating a word before a number.
            if index > sentenceStart && text.touchesPrevious(index) && text.tokens[index - 1].kind == .symbol {
                return opening != .number
            }
            // After a number, a closing bracket or a detached dot.
            return true
        }
        let word = index - 1
        switch abbreviations.role(of: text.bytes, text.range(word)) {
        case .leading:
            return false
        case .closing:
            return opening != .lowerCase && opening != .number
        case .general:
            return opening == .starter && !isFrontedPhrase(word, sentenceStart: sentenceStart, text)
        case .numbered where opening == .number:
            return false
        case .numbered, nil:
            break
        }
        if text.length(word) == 1 && text.letterCase(word) == .upper {
            return isInitialSentenceEnd(word, next: next, opening: opening, text)
        }
        return opening != .lowerCase || isPlainWord(word, text)
    }

    /// Whether token `word` is surely a word and no abbreviation unknown to
    /// the list: a long one or a short function word. A full stop after it
    /// ends the sentence even when the next one starts in lower case, as
    /// informal writing often does; a short word after a number is a unit (`2 in. tall`).
    private func isPlainWord(_ word: Int, _ text: TokenText) -> Bool {
        if text.length(word) <= 3 && word > 0 && text.tokens[word - 1].kind == .number { return false }
        return text.length(word) >= 3 || Stopwords.english.contains(text.bytes, text.range(word), foldingCase: true)
    }

    /// Whether a dash follows at token `next`, and lower case after it.
    private func isDashAside(_ next: Int, _ text: TokenText) -> Bool {
        guard next + 1 < text.count, text.tokens[next].kind == .punctuation, text.letterCase(next + 1) == .lower else {
            return false
        }
        return text.allScalars(of: next) { $0 == "-" || $0 == "\u{2014}" || $0 == "\u{2013}" } && text.length(next) >= 2
    }

    /// Whether the ellipsis at `index` is an omission in square brackets: `[...]`.
    private func isOmission(_ index: Int, _ text: TokenText) -> Bool {
        index + 1 < text.count && text.touchesPrevious(index) && text.isCharacter(index - 1, UInt8(ascii: "["))
            && text.touchesPrevious(index + 1) && text.isCharacter(index + 1, UInt8(ascii: "]"))
    }

    /// An initial (`J.`, `I.` in `Albert I. Jones`) ends a sentence only when
    /// a sentence starter follows that is no further initial.
    private func isInitialSentenceEnd(_ word: Int, next: Int, opening: Opening, _ text: TokenText) -> Bool {
        switch opening {
        case .lowerCase, .number:
            return false
        case .other:
            return true
        case .capitalised, .starter:
            let nextIsInitial = text.length(next) == 1 && next + 1 < text.count && text.touchesPrevious(next + 1)
                && text.isCharacter(next + 1, UInt8(ascii: "."))
            return opening == .starter && !nextIsInitial
        }
    }

    /// Whether the `!` at `index` belongs to a name such as `Jeopardy!` inside
    /// the sentence: one mark glued to a capitalised word that does not open it.
    private func isExclaimedName(_ index: Int, sentenceStart: Int, _ text: TokenText) -> Bool {
        text.length(index) == 1 && index - 1 > sentenceStart && text.touchesPrevious(index)
            && text.letterCase(index - 1) == .upper
    }

    /// Whether the abbreviation at `index` closes a phrase that opens the
    /// sentence and cannot stand alone, such as `At 5 a.m.` or `In the U.S.`:
    /// a preposition and at most two more tokens.
    private func isFrontedPhrase(_ index: Int, sentenceStart: Int, _ text: TokenText) -> Bool {
        index - sentenceStart <= 3 && SentenceStarters.isPreposition(sentenceStart, in: text)
    }

    /// Whether token `index` is the pronoun `I`, alone or in `I'm`, `I'd`.
    private func isPronounI(_ index: Int, _ text: TokenText) -> Bool {
        guard text.tokens[index].kind == .word, text.firstByte(index) == UInt8(ascii: "I") else { return false }
        let range = text.range(index)
        return range.count == 1 || text.bytes[range.lowerBound + 1] == UInt8(ascii: "'")
            || text.bytes[range.lowerBound + 1] == 0xE2
    }
}
