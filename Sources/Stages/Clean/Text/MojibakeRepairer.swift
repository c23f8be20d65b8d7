import TextPipeCore

/// Repairs UTF-8 text that was once decoded as Windows-1252 or Latin-1:
/// "Ã©" becomes "é", "â€™" "’", "â‚¬" "€", "ðŸ˜€" "😀".
///
/// Each run of characters that stands for a valid UTF-8 sequence (see
/// ``MojibakeSequence``) is decoded when plausible, so real text such as
/// "São", "château" or "Ãlvaro" stays. Text damaged twice ("ÃƒÂ©") needs
/// a second pass; more than two are not tried.
enum MojibakeRepairer {
    /// How often the text is repaired at most.
    static let maximumPasses = 2

    /// The repaired text and how many sequences were decoded (over all
    /// passes), or `nil` when nothing was.
    static func repair(_ bytes: UnsafeBufferPointer<UInt8>) -> (text: [UInt8], repairs: Int)? {
        guard var repaired = repairOnce(bytes) else { return nil }
        for _ in 1..<maximumPasses {
            guard let again = repaired.text.withUnsafeBufferPointer(repairOnce) else { break }
            repaired = (again.text, repaired.repairs + again.repairs)
        }
        return repaired
    }

    private static func repairOnce(_ bytes: UnsafeBufferPointer<UInt8>) -> (text: [UInt8], repairs: Int)? {
        var edits = ByteEdits(bytes)
        var repairs = 0
        // Where the last sequence ended, so a sequence knows it is in a run.
        var lastSequenceEnd = -1
        var index = 0
        while index < bytes.count {
            // Every sequence starts with a lead character encoded C3 xx.
            guard bytes[index] == 0xC3 else {
                index += 1
                continue
            }
            guard let sequence = MojibakeSequence(bytes, at: index) else {
                if isStrayNoBreakSpaceLead(bytes, at: index) {
                    edits.cut(index..<index + 2)
                    repairs += 1
                }
                index += 2
                continue
            }
            let touchesAnother = lastSequenceEnd == index || MojibakeSequence(bytes, at: sequence.range.upperBound) != nil
            if sequence.isPlausibleAlone || (touchesAnother && sequence.isPlausibleInRun) {
                edits.cut(sequence.range)
                let decoded = sequence.decoded
                edits.append(decoded.0)
                edits.append(decoded.1)
                if sequence.length > 2 { edits.append(decoded.2) }
                if sequence.length > 3 { edits.append(decoded.3) }
                repairs += 1
            }
            lastSequenceEnd = sequence.range.upperBound
            index = sequence.range.upperBound
        }
        return edits.result().map { ($0, repairs) }
    }

    /// Whether the `Â` at `index` is what is left of a damaged no-break space
    /// (C2 A0) whose second half became a plain space: "100Â km", "MrÂ Smith".
    /// Real text has no `Â` between a lower-case letter, digit or punctuation
    /// and a space; after a capital ("LÂ ") it is left alone.
    private static func isStrayNoBreakSpaceLead(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index + 2 < bytes.count, bytes[index + 1] == 0x82, bytes[index + 2] == Byte.space else { return false }
        guard index > 0 else { return true }
        let previous = bytes[index - 1]
        return previous < 0x80 && !ASCII.isUpper(previous)
    }
}
