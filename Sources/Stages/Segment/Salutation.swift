import TextPipeCore

/// The greetings and closings of letters and mail (`Hi,` `Dear all,`
/// `Best regards,` `Thanks,`), which stand as sentences of their own before
/// the message or the writer's name, and the names with a dash that open a
/// message (`Tom, Sue and Ray - Here is the plan ...`).
enum Salutation {
    private static let greetings = WordSet(spacedList: greetingWords)
    private static let times = WordSet(spacedList: greetingTimes)
    private static let signOff = WordSet(spacedList: signOffWords)
    private static let signOffStart = WordSet(spacedList: signOffOpeners)

    /// The longest greeting or closing, in tokens, before its comma.
    private static let longest = 5

    /// Whether the comma at token `comma` closes a greeting or a closing that
    /// opens the sentence starting at `sentenceStart`, and the message or a
    /// name follows.
    static func commaCloses(at comma: Int, sentenceStart: Int, _ text: TokenText) -> Bool {
        guard comma > sentenceStart, comma - sentenceStart <= longest, followsAsNewLine(comma + 1, text) else {
            return false
        }
        if signOffEnd(from: sentenceStart, text) == comma { return !SentenceStarters.contains(comma + 1, in: text) }
        return isGreeting(sentenceStart..<comma, text)
    }

    /// Whether a closing with a name after it starts at token `index` inside
    /// a sentence, as in `(plan attached) Regards, Ivo`.
    static func startsSignOff(at index: Int, _ text: TokenText) -> Bool {
        // Closings are one to three words and a comma.
        guard ASCII.isUpper(text.firstByte(index)),
            (index + 1..<min(index + 4, text.count)).contains(where: { text.isCharacter($0, UInt8(ascii: ",")) }),
            let comma = signOffEnd(from: index, text)
        else {
            return false
        }
        return followsAsNewLine(comma + 1, text) && !SentenceStarters.contains(comma + 1, in: text)
    }

    /// Whether the detached dash at token `dash` ends the names that open the
    /// sentence at `sentenceStart`, with a new sentence after it: `Ana - Here is ...`.
    static func dashCloses(at dash: Int, sentenceStart: Int, _ text: TokenText) -> Bool {
        guard dash > sentenceStart, dash - sentenceStart <= longest + 1, dash + 1 < text.count,
            !text.touchesPrevious(dash), text.tokens[dash].kind == .punctuation,
            text.isCharacter(dash, UInt8(ascii: "-")) || text.allScalars(of: dash, { $0 == "\u{2013}" }),
            SentenceStarters.contains(dash + 1, in: text)
        else { return false }
        for index in sentenceStart..<dash {
            let isName = text.letterCase(index) == .upper && !text.touchesPrevious(index)
            if !(isName || text.isCharacter(index, UInt8(ascii: ",")) || text.isCharacter(index, UInt8(ascii: "&"))
                || text.spells(index, "and"))
            {
                return false
            }
        }
        return true
    }

    /// The comma after the closing formula that starts at token `index` (`Best regards,`).
    private static func signOffEnd(from index: Int, _ text: TokenText) -> Int? {
        guard text.isWord(index, in: signOffStart) else { return nil }
        var comma = index + 1
        while comma < text.count && comma - index < 3 && text.isWord(comma, in: signOff) { comma += 1 }
        return comma < text.count && text.isCharacter(comma, UInt8(ascii: ",")) ? comma : nil
    }

    /// Whether the tokens `range` are a greeting: a greeting word and a few
    /// words of address (`Dear Prof. Ada Lind`).
    private static func isGreeting(_ range: Range<Int>, _ text: TokenText) -> Bool {
        let first = range.lowerBound
        let opens = text.isWord(first, in: greetings)
            || (first + 1 < range.upperBound && text.spells(first, "good") && text.isWord(first + 1, in: times))
        return opens
            && text.tokens[range].allSatisfy { $0.kind == .word || ($0.kind == .punctuation && $0.span.length == 1) }
    }

    /// Whether token `index` starts the message or a signature after a
    /// greeting or closing: a capitalised word that is no title (`Mr.`) and
    /// not itself closed by punctuation, as the person addressed is in `Thanks, John!`.
    private static func followsAsNewLine(_ index: Int, _ text: TokenText) -> Bool {
        guard index < text.count, text.letterCase(index) == .upper else { return false }
        guard index + 1 < text.count, text.touchesPrevious(index + 1) else { return true }
        switch text.firstByte(index + 1) {
        case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: "!"), UInt8(ascii: "?"): return false
        default: return true
        }
    }
}
