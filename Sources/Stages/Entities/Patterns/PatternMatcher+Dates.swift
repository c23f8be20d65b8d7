import TextPipeCore

/// Dates: month and weekday forms ("March 22, 2024", "22 March", "Mar. 5",
/// "last Tuesday", "Tuesday, March 22"), numeric forms ("2024-03-01",
/// "03/01/2024", "2019-20"), a bare year after a preposition ("in 2019" gives
/// "2019"), decades ("1990s"), "yesterday"/"today"/"tomorrow" and
/// "last/next/this week|month|year".
///
/// Months and weekdays must be capitalised; "May" alone is a date only after a
/// preposition or modifier ("in May"), since it is far more often the verb.
extension PatternMatcher {
    func date(at index: Int, in window: Range<Int>) -> Match? {
        if text.kind(index) == .word, text.isWord(index, in: PatternWords.dateModifiers), index + 1 < window.upperBound {
            let next = index + 1
            if text.isWord(next, in: PatternWords.periods) && !text.isCapitalized(next) {
                return Match(tokens: index..<next + 1, label: .date, confidence: 0.9)
            }
            if let core = coreDate(at: next, in: window, afterModifier: true) {
                return Match(tokens: index..<core.upperBound, label: .date, confidence: 0.9)
            }
        }
        return coreDate(at: index, in: window, afterModifier: false).map {
            Match(tokens: $0, label: .date, confidence: 0.9)
        }
    }

    private func coreDate(at index: Int, in window: Range<Int>, afterModifier: Bool) -> Range<Int>? {
        switch text.kind(index) {
        case .word:
            if text.isCapitalized(index) && text.isWord(index, in: PatternWords.weekdays) {
                return weekdayDate(at: index, in: window)
            }
            if text.isWord(index, in: PatternWords.relativeDays) { return index..<index + 1 }
            return monthFirstDate(at: index, in: window, afterModifier: afterModifier)
        case .number:
            return dayFirstDate(at: index, in: window) ?? numericDate(at: index, in: window)
        default:
            return nil
        }
    }

    /// "Tuesday", and "Tuesday, March 22" as one date.
    private func weekdayDate(at index: Int, in window: Range<Int>) -> Range<Int> {
        var next = index + 1
        if next < window.upperBound && text.isMark(next, UInt8(ascii: ",")) { next += 1 }
        guard next < window.upperBound else { return index..<index + 1 }
        let following = monthFirstDate(at: next, in: window, afterModifier: false) ?? dayFirstDate(at: next, in: window)
        return index..<(following?.upperBound ?? index + 1)
    }

    /// "March 22", "March 22, 2024", "Mar. 5", "March 2024", and "March" alone.
    private func monthFirstDate(at index: Int, in window: Range<Int>, afterModifier: Bool) -> Range<Int>? {
        guard let month = month(at: index, in: window) else { return nil }
        if month.next < window.upperBound && isDayOfMonth(month.next) {
            return index..<yearEnd(after: month.next + 1, in: window, allowingComma: true)
        }
        if month.next < window.upperBound && isYear(month.next) { return index..<month.next + 1 }
        guard !month.abbreviated else { return nil }
        if text.isWord(index, "may") {
            let previous = index - 1
            guard afterModifier
                || (previous >= window.lowerBound && text.isWord(previous, in: PatternWords.yearPrepositions))
            else { return nil }
        }
        return index..<index + 1
    }

    /// "22 March", "22nd of March 2024", "5 Mar. 2024".
    private func dayFirstDate(at index: Int, in window: Range<Int>) -> Range<Int>? {
        guard isDayOfMonth(index) else { return nil }
        var monthIndex = index + 1
        if monthIndex < window.upperBound && text.isWord(monthIndex, "of") { monthIndex += 1 }
        guard monthIndex < window.upperBound, let month = month(at: monthIndex, in: window) else { return nil }
        let withYear = yearEnd(after: month.next, in: window, allowingComma: false)
        return index..<(withYear > month.next ? withYear : monthIndex + 1)
    }

    /// "2024-03-01", "03/01/2024", "01.03.2024", "2019-2020", "2019-20", "1990s",
    /// and a bare year after a preposition.
    private func numericDate(at index: Int, in window: Range<Int>) -> Range<Int>? {
        guard let number = reading(index) else { return nil }
        let groups = number.groups
        let lengths = number.groupLengths
        let single = index..<index + 1
        if groups.count == 1 {
            if lengths[0] == 4 && groups[0] % 10 == 0 && text.length(index) == 5 && bytes(number.suffix, in: decadeSuffix) {
                return (1800...2090).contains(groups[0]) ? single : nil
            }
            guard number.suffix.isEmpty, NumberReading.isYear(groups[0], digits: lengths[0]) else { return nil }
            let previous = index - 1
            return previous >= window.lowerBound && text.isWord(previous, in: PatternWords.yearPrepositions)
                ? single : nil
        }
        guard number.suffix.isEmpty else { return nil }
        if number.separators == .dash && groups.count == 2 {
            // A span of years: "2019-2020", "2019-20".
            let isSpan = NumberReading.isYear(groups[0], digits: lengths[0])
                && ((lengths[1] == 4 && groups[1] > groups[0]) || (lengths[1] == 2 && groups[1] > groups[0] % 100))
            return isSpan ? single : nil
        }
        guard groups.count == 3 else { return nil }
        if number.separators == .dash {
            let isISO = lengths == [4, 2, 2] && (1...12).contains(groups[1]) && (1...31).contains(groups[2])
            return isISO ? single : nil
        }
        guard number.separators == .slash || number.separators == .dot,
            lengths[0] <= 2, lengths[1] <= 2, lengths[2] == 4 || lengths[2] == 2,
            (1...31).contains(groups[0]), (1...31).contains(groups[1]), groups[0] <= 12 || groups[1] <= 12
        else { return nil }
        return single
    }

    /// A capitalised month name or abbreviation at `index`, and the token after
    /// it (after the abbreviation's dot, as in "Mar. 5").
    private func month(at index: Int, in window: Range<Int>) -> (next: Int, abbreviated: Bool)? {
        guard text.kind(index) == .word, text.isCapitalized(index) else { return nil }
        if text.isWord(index, in: PatternWords.months) { return (index + 1, false) }
        guard text.isWord(index, in: PatternWords.monthAbbreviations) else { return nil }
        let dot = index + 1
        if dot + 1 < window.upperBound && text.isMark(dot, UInt8(ascii: ".")) && text.isGluedToNext(index) {
            return (dot + 1, true)
        }
        return (dot, true)
    }

    /// The end of a date whose last part so far ends before `index`, taking a
    /// following year ("March 22, 2024" with `allowingComma`).
    private func yearEnd(after index: Int, in window: Range<Int>, allowingComma: Bool) -> Int {
        if index < window.upperBound && isYear(index) { return index + 1 }
        if allowingComma, index + 1 < window.upperBound, text.isMark(index, UInt8(ascii: ",")), isYear(index + 1) {
            return index + 2
        }
        return index
    }

    private func isDayOfMonth(_ index: Int) -> Bool {
        guard let number = reading(index), let day = number.integerPart, (1...31).contains(day),
            number.groupLengths[0] <= 2
        else { return false }
        return number.suffix.isEmpty || bytes(number.suffix, in: PatternWords.ordinalSuffixes)
    }

    private func isYear(_ index: Int) -> Bool {
        guard let number = reading(index), let year = number.plainInteger else { return false }
        return NumberReading.isYear(year, digits: number.groupLengths[0])
    }
}

private let decadeSuffix = WordSet(["s"])
