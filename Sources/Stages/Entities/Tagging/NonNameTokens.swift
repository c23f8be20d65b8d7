import TextPipeCore

extension TokenText {
    /// Whether word token `index` is part of a machine identifier rather than
    /// prose: a file, variable or user name joined by an underscore
    /// (`report_final`), or lower-case words joined by dots (`alt.music.jazz`,
    /// `notes.txt`). No name is written that way; "U.S." and "Amazon.com"
    /// (capitalised) are not identifiers here.
    func isIdentifierPart(_ index: Int) -> Bool {
        guard kind(index) == .word else { return false }
        if index > 0, isGluedToNext(index - 1), isWord(index - 1, "_") { return true }
        if isGluedToNext(index), isWord(index + 1, "_") { return true }
        guard ASCII.isLower(firstByte(index)) else { return false }
        if index > 1, isGluedToNext(index - 2), isGluedToNext(index - 1), isWord(index - 1, "."),
            ASCII.isLower(firstByte(index - 2))
        {
            return true
        }
        return index + 2 < count && isGluedToNext(index) && isGluedToNext(index + 1) && isWord(index + 1, ".")
            && ASCII.isLower(firstByte(index + 2))
    }

    /// Whether token `index` is a dash (a run of hyphens, an en or em dash),
    /// colon or bar standing apart, with space on both sides: it separates
    /// fields ("Ana Ruiz - Analyst", "Acme Corp | Careers"), never words of one name.
    func isSpacedSeparator(_ index: Int) -> Bool {
        guard kind(index) == .punctuation, index > 0, index + 1 < count, !isGluedToNext(index - 1),
            !isGluedToNext(index)
        else { return false }
        let span = tokens[index].span
        let isHyphenRun = (span.start..<span.end).allSatisfy { bytes[$0] == UInt8(ascii: "-") }
        return isHyphenRun || isWord(index, ":") || isWord(index, "|") || isWord(index, "–") || isWord(index, "—")
    }
}
