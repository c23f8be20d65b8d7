import TextPipeCore

extension TokenText {
    /// Whether word token `index` is part of a machine identifier rather than
    /// prose: a file, variable or user name joined by an underscore
    /// (`report_final`), or lower-case words joined by dots (`alt.music.jazz`,
    /// `notes.txt`). No name is written that way; "U.S." and "Amazon.com"
    /// (capitalised) are not identifiers here.
    func isIdentifierPart(_ index: Int) -> Bool {
        guard kind(index) == .word else { return false }
        if index > 0, isGluedToNext(index - 1), isByte(index - 1, "_") { return true }
        if isGluedToNext(index), isByte(index + 1, "_") { return true }
        guard ASCII.isLower(firstByte(index)) else { return false }
        if index > 1, isGluedToNext(index - 2), isGluedToNext(index - 1), isByte(index - 1, "."),
            ASCII.isLower(firstByte(index - 2))
        {
            return true
        }
        return index + 2 < count && isGluedToNext(index) && isGluedToNext(index + 1) && isByte(index + 1, ".")
            && ASCII.isLower(firstByte(index + 2))
    }

    /// Whether token `index` is a dash, colon or bar standing apart, with
    /// space on both sides: it separates fields ("Ana Ruiz - Analyst",
    /// "Acme Corp | Careers"), never words of one name.
    func isSpacedSeparator(_ index: Int) -> Bool {
        guard kind(index) == .punctuation, index > 0, index + 1 < count, !isGluedToNext(index - 1),
            !isGluedToNext(index)
        else { return false }
        let span = tokens[index].span
        for position in span.start..<span.end {
            switch bytes[position] {
            case UInt8(ascii: "-"), UInt8(ascii: ":"), UInt8(ascii: "|"): continue
            // The UTF-8 bytes of an en or em dash (E2 80 93 / E2 80 94).
            case 0xE2, 0x80, 0x93, 0x94: continue
            default: return false
            }
        }
        return true
    }

    /// Whether token `index` is the single byte `byte`.
    private func isByte(_ index: Int, _ byte: Unicode.Scalar) -> Bool {
        length(index) == 1 && firstByte(index) == UInt8(ascii: byte)
    }
}
