import TextPipeCore

/// Decides where sentences end inside one paragraph, from its tokens.
///
/// A sentence ends after an end mark (`.`, `!`, `?`, `…`, a smiley) together
/// with the closing quotes and brackets glued to it, when whitespace follows
/// and the next words look like a new sentence (see `endsSentence`). Without
/// punctuation, one ends where ``LayoutBreak`` reads it from the layout, and
/// at a line break before a list item and, with ``splitsLines``, wherever
/// the break is no wrap inside running text (see ``LineWrap``) or ends a
/// heading (see ``HeadingLine``).
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
                last = markEnd(from: index, mark: mark, sentenceStart: start, before: paragraph.upperBound, text)
                ends = endsSentence(mark, at: index, last: last, sentenceStart: start, text)
            }
            let next = last + 1
            if next >= paragraph.upperBound {
                ends = true
            } else if !ends && !text.touchesPrevious(next) {
                ends = LayoutBreak.after(last, sentenceStart: start, text)
                if !ends && text.lineBreaks(before: next) > 0 {
                    if ListMarker.starts(at: next, in: text) {
                        ends = true
                    } else if splitsLines && !endsWithLeadingAbbreviation(last, text) && !isFlowed(after: last, text) {
                        let wrap = lineWrap ?? LineWrap(paragraph, of: text)
                        lineWrap = wrap
                        ends = !wrap.isWrap(after: last, text)
                            || endsHeading(after: last, sentenceStart: start, lineWrap: wrap, text)
                    }
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
    /// marks, closing quotes or brackets and a reference such as `[1]` glued
    /// to it, a spaced bracket that closes one the sentence opened, and a
    /// smiley after it.
    private func markEnd(from index: Int, mark: EndMark, sentenceStart: Int, before end: Int, _ text: TokenText)
        -> Int
    {
        var last = mark == .emoticon ? EndMark.emoticonEnd(at: index, in: text) ?? index : index
        while last + 1 < end, text.touchesPrevious(last + 1) {
            let isMark = EndMark.at(last + 1, in: text).map { $0 != .dottedWord } ?? false
            if isMark || EndMark.isCloser(last + 1, in: text) {
                last += 1
            } else if let reference = referenceEnd(at: last + 1, before: end, text) {
                last = reference
            } else {
                break
            }
        }
        if last + 1 < end, text.lineBreaks(before: last + 1) == 0,
            isUnclosedBracket(closedAt: last + 1, sentenceStart: sentenceStart, text)
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

    /// The closing bracket of a reference mark such as `[1]` or `[12]` starting at token `index`.
    private func referenceEnd(at index: Int, before end: Int, _ text: TokenText) -> Int? {
        guard index + 2 < end, text.isCharacter(index, UInt8(ascii: "[")), text.tokens[index + 1].kind == .number,
            text.touchesPrevious(index + 2), text.isCharacter(index + 2, UInt8(ascii: "]"))
        else { return nil }
        return index + 2
    }

    /// Whether token `index` is a closing bracket set off by a space that
    /// closes a bracket opened in the sentence: `(We arrive late. ) Then ...`.
    private func isUnclosedBracket(closedAt index: Int, sentenceStart: Int, _ text: TokenText) -> Bool {
        guard text.isCharacter(index, UInt8(ascii: ")")) || text.isCharacter(index, UInt8(ascii: "]")) else {
            return false
        }
        let closer = text.firstByte(index)
        let opener = closer == UInt8(ascii: ")") ? UInt8(ascii: "(") : UInt8(ascii: "[")
        var depth = 0
        for token in sentenceStart..<index where text.length(token) == 1 {
            if text.firstByte(token) == opener { depth += 1 } else if text.firstByte(token) == closer { depth -= 1 }
        }
        return depth > 0
    }

    /// Whether the dot at `index` belongs to a list item number at the start
    /// of the sentence (`1. `, `a. `, `• 2. `).
    private func isListNumber(_ mark: EndMark, _ index: Int, sentenceStart: Int, _ text: TokenText) -> Bool {
        guard mark == .period, text.touchesPrevious(index) else { return false }
        let label = index - 1
        return ListMarker.isItemLabel(label, in: text)
            && (label == sentenceStart || (label == sentenceStart + 1 && ListMarker.isBullet(sentenceStart, in: text)))
    }

    /// Whether the line break after token `last`, which hard wrapping could
    /// explain, rather ends a heading: the sentence begun at `sentenceStart`
    /// is the whole line, without end punctuation, a capital or number opens
    /// the next line, and the line is wider than the column the paragraph
    /// is wrapped at. Capitals alone prove nothing: a wrap falls before a
    /// name as often as before any word (`...said⏎Maria Lopez`).
    private func endsHeading(after last: Int, sentenceStart: Int, lineWrap: LineWrap, _ text: TokenText) -> Bool {
        HeadingLine.endsUnpunctuated(at: last, text) && HeadingLine.isLineStart(sentenceStart, through: last, text)
            && HeadingLine.opensWithCapital(at: last + 1, text) && lineWrap.standsApart(lineEndingAt: last, text)
    }

    /// Whether the line ends in a space before its break: a soft break of
    /// flowed text (format=flowed mail), when the next line goes on in lower case.
    private func isFlowed(after last: Int, _ text: TokenText) -> Bool {
        let end = text.range(last).upperBound
        return end < text.bytes.count && (text.bytes[end] == UInt8(ascii: " ") || text.bytes[end] == 0x09)
            && text.letterCase(last + 1) == .lower
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
