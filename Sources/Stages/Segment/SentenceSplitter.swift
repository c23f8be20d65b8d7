import TextPipeCore

/// Decides where sentences end inside one paragraph, from its tokens.
///
/// A sentence ends after an end mark (`.`, `!`, `?`, `…`, a smiley) together
/// with the closing quotes and brackets glued to it, when whitespace follows
/// and the next words look like a new sentence. A line break ends one before
/// a list item and, with ``splitsLines``, wherever it is no wrap inside
/// running text (see ``LineWrap``).
struct SentenceSplitter: Sendable {
    /// The abbreviations whose full stop is not (always) a sentence end.
    let abbreviations: AbbreviationList
    /// Whether a single line break may end a sentence without punctuation.
    let splitsLines: Bool

    /// Appends the token ranges of the sentences of `paragraph` to `sentences`.
    func split(_ paragraph: Range<Int>, of text: TokenText, into sentences: inout [Range<Int>]) {
        var start = paragraph.lowerBound
        var index = start
        var lineWrap: LineWrap?
        while index < paragraph.upperBound {
            var last = index
            var ends = false
            if let mark = EndMark.at(index, in: text), !isListNumber(mark, index, sentenceStart: start, text) {
                last = markEnd(from: index, mark: mark, before: paragraph.upperBound, text)
                ends = endsSentence(mark, at: index, last: last, sentenceStart: start, text)
            }
            let next = last + 1
            if next >= paragraph.upperBound {
                ends = true
            } else if !ends && text.lineBreaks(before: next) > 0 {
                if ListMarker.starts(at: next, in: text) {
                    ends = true
                } else if splitsLines && !endsWithLeadingAbbreviation(last, text) {
                    lineWrap = lineWrap ?? LineWrap(paragraph, of: text)
                    ends = !lineWrap!.isWrap(after: last, text)
                }
            }
            if ends {
                sentences.append(start..<next)
                start = next
            }
            index = next
        }
    }

    /// The last token of the end mark at `index`: the mark itself, further
    /// marks and closing quotes or brackets glued to it, and a smiley after it.
    private func markEnd(from index: Int, mark: EndMark, before end: Int, _ text: TokenText) -> Int {
        var last = mark == .emoticon ? EndMark.emoticonEnd(at: index, in: text) ?? index : index
        while last + 1 < end, text.touchesPrevious(last + 1),
            EndMark.isCloser(last + 1, in: text) || EndMark.at(last + 1, in: text).map({ $0 != .dottedWord }) == true
        {
            last += 1
        }
        if mark != .emoticon, last + 1 < end, text.lineBreaks(before: last + 1) == 0,
            let smiley = EndMark.emoticonEnd(at: last + 1, in: text)
        {
            last = smiley
        }
        return last
    }

    /// What starts after an end mark, judged on its first word (past opening quotes and brackets).
    private enum Opening {
        case lowerCase
        case capitalised
        /// A capitalised word from ``SentenceStarters``.
        case starter
        case number
        /// A symbol, bullet or other punctuation.
        case other
    }

    private func opening(at index: Int, _ text: TokenText) -> Opening {
        var word = index
        while word + 1 < text.count, EndMark.isOpener(word, in: text), text.touchesPrevious(word + 1) { word += 1 }
        switch text.tokens[word].kind {
        case .number: return .number
        case .punctuation, .symbol: return .other
        case .word:
            switch text.letterCase(word) {
            case .lower: return .lowerCase
            case .upper: return SentenceStarters.contains(word, in: text) ? .starter : .capitalised
            case .none: return .other
            }
        }
    }

    /// Whether the end mark at `index`, running to `last`, ends the sentence.
    private func endsSentence(_ mark: EndMark, at index: Int, last: Int, sentenceStart: Int, _ text: TokenText)
        -> Bool
    {
        let next = last + 1
        guard next < text.count else { return true }
        if mark == .fullWidth { return true }
        // Dots inside URLs, numbers, file names and e-mail addresses have no space after them.
        guard !text.touchesPrevious(next) else { return false }
        // A spaced ellipsis (`. . .`) goes on to its next dot.
        if EndMark.at(next, in: text).map({ $0 != .dottedWord && $0 != .emoticon }) == true { return false }
        let opening = opening(at: next, text)
        // Quoted speech goes on after its closing quote: "Why?" he asked.
        if opening == .lowerCase && EndMark.isCloser(index + 1, in: text) && text.touchesPrevious(index + 1) {
            return false
        }
        switch mark {
        case .exclamation, .fullWidth:
            return true
        case .ellipsis, .emoticon:
            return opening == .capitalised || opening == .starter
        case .dottedWord:
            let word = text.range(index).lowerBound..<(text.range(index).upperBound - 1)
            switch abbreviations.role(of: text.bytes, word) {
            case .leading: return false
            case .general, .numbered, nil: return opening == .starter || opening == .other
            }
        case .period:
            return periodEndsSentence(at: index, next: next, opening: opening, sentenceStart: sentenceStart, text)
        }
    }

    private func periodEndsSentence(at index: Int, next: Int, opening: Opening, sentenceStart: Int,
        _ text: TokenText) -> Bool
    {
        guard index > sentenceStart, text.touchesPrevious(index), text.tokens[index - 1].kind == .word else {
            // The last dot of a spaced ellipsis (`. . .`) trails off like `...`.
            if index > sentenceStart && text.isCharacter(index - 1, UInt8(ascii: ".")) {
                return opening == .capitalised || opening == .starter
            }
            // After a number, a closing bracket or a detached dot.
            return true
        }
        let word = index - 1
        switch abbreviations.role(of: text.bytes, text.range(word)) {
        case .leading:
            return false
        case .general:
            return opening == .starter
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
    /// informal writing often does.
    private func isPlainWord(_ word: Int, _ text: TokenText) -> Bool {
        text.length(word) >= 3 || Stopwords.english.contains(text.bytes, text.range(word), foldingCase: true)
    }

    /// An initial (`J.`) ends a sentence only when a sentence starter follows,
    /// or when the letter is the pronoun `I` and a capitalised word follows.
    private func isInitialSentenceEnd(_ word: Int, next: Int, opening: Opening, _ text: TokenText) -> Bool {
        switch opening {
        case .lowerCase, .number:
            return false
        case .other:
            return true
        case .capitalised, .starter:
            let nextIsInitial = text.length(next) == 1 && next + 1 < text.count && text.touchesPrevious(next + 1)
                && text.isCharacter(next + 1, UInt8(ascii: "."))
            if nextIsInitial { return false }
            return opening == .starter || text.isCharacter(word, UInt8(ascii: "I"))
        }
    }

    /// Whether the dot at `index` belongs to a list item number at the start of the sentence (`1. `, `a. `).
    private func isListNumber(_ mark: EndMark, _ index: Int, sentenceStart: Int, _ text: TokenText) -> Bool {
        mark == .period && index == sentenceStart + 1 && text.touchesPrevious(index)
            && ListMarker.isItemLabel(sentenceStart, in: text)
    }

    /// Whether token `last` closes a leading abbreviation such as `Dr.` or `e.g.`.
    private func endsWithLeadingAbbreviation(_ last: Int, _ text: TokenText) -> Bool {
        let range = text.range(last)
        guard text.bytes[range.upperBound - 1] == UInt8(ascii: ".") else { return false }
        if text.tokens[last].kind == .word {
            return abbreviations.role(of: text.bytes, range.lowerBound..<(range.upperBound - 1)) == .leading
        }
        return last > 0 && text.length(last) == 1 && text.touchesPrevious(last)
            && abbreviations.role(of: text.bytes, text.range(last - 1)) == .leading
    }
}
