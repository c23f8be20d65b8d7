import TextPipeCore

/// Times of day: "10:30", "10:30 pm", "7pm", "7.30pm", "5 a.m.", "5 o'clock",
/// each optionally followed by a capitalised time zone ("14:00 GMT").
/// "noon" and "midnight" are not matched: alone they are as often figures of speech.
extension PatternMatcher {
    func time(at index: Int, in window: Range<Int>) -> Match? {
        guard let number = reading(index) else { return nil }
        let groups = number.groups
        let lengths = number.groupLengths
        let hasMeridiem = bytes(number.suffix, in: PatternWords.meridiems)
        guard number.suffix.isEmpty || hasMeridiem else { return nil }
        var end = index + 1
        switch (number.separators, groups.count) {
        case (.colon, 2), (.colon, 3):
            guard groups[0] <= 24, lengths[0] <= 2, lengths[1] == 2, groups[1] < 60 else { return nil }
            if !hasMeridiem && end < window.upperBound && isMeridiem(end) { end += 1 }
        case (.dot, 2):
            guard hasMeridiem, (1...12).contains(groups[0]), lengths[1] == 2, groups[1] < 60 else { return nil }
        case ([], 1):
            guard (1...12).contains(groups[0]), lengths[0] <= 2 else { return nil }
            if !hasMeridiem {
                guard end < window.upperBound, isMeridiem(end) || text.isWord(end, "o'clock") else { return nil }
                end += 1
            }
        default:
            return nil
        }
        if end < window.upperBound && text.isAllCaps(end) && text.isWord(end, in: PatternWords.timeZones) { end += 1 }
        return Match(tokens: index..<end, label: .time, confidence: 0.9)
    }

    /// "am", "pm", "a.m." — lower case, so the pronoun-like "AM" in headings is not taken.
    private func isMeridiem(_ index: Int) -> Bool {
        text.kind(index) == .word && !text.isCapitalized(index) && text.isWord(index, in: PatternWords.meridiems)
    }
}
