import TextPipeCore

/// Undoes hyphenation: removes soft hyphens (U+00AD) and joins words
/// hyphenated across a line break, joining the two lines.
///
/// The rule for a letter, `-`, a line break and a letter:
/// - lower-case letters on both sides: the word is joined ("infor-\nmation"
///   gives "information"), unless the first part is a prefix that keeps its
///   hyphen (``HyphenationWords/keptPrefixes``: "self-\nmade" gives
///   "self-made") or the part before is already a compound ("state-of-the-\nart");
///   those keep the hyphen;
/// - a capital or digit after the break: the hyphen stays ("Jean-\nPierre",
///   "Covid-\n19");
/// - a conjunction after the break is a suspended hyphen: "pre-\nand post-war"
///   gives "pre- and post-war".
/// A soft hyphen before a line break joins the word whatever the case.
/// Blank lines (paragraph breaks) are never crossed. Known limit: a word
/// broken right after such a prefix ("pre-\nsident") keeps the hyphen.
enum HyphenationRepairer {
    /// The repaired text, or `nil` when there was nothing to repair.
    static func repair(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var edits = ByteEdits(bytes)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == Byte.hyphen, let next = nextLineStart(bytes, after: index + 1) {
                switch join(bytes, hyphen: index, nextLine: next) {
                case .word: edits.cut(index..<next)
                case .keepingHyphen: edits.cut(index + 1..<next)
                case .suspended:
                    edits.cut(index + 1..<next)
                    edits.append(Byte.space)
                case nil: break
                }
                index = next
            } else if byte == 0xC2 && index + 1 < bytes.count && bytes[index + 1] == 0xAD {
                let next = nextLineStart(bytes, after: index + 2).flatMap { isLetter(bytes, at: $0) ? $0 : nil }
                edits.cut(index..<(next ?? index + 2))
                index = next ?? index + 2
            } else {
                index += 1
            }
        }
        return edits.result()
    }

    private enum Join {
        /// Joined into one word.
        case word
        /// The line break goes, the hyphen stays.
        case keepingHyphen
        /// The line break becomes a space.
        case suspended
    }

    /// How to join the line ending in the hyphen at `hyphen` to the line starting at `nextLine`.
    private static func join(_ bytes: UnsafeBufferPointer<UInt8>, hyphen: Int, nextLine: Int) -> Join? {
        guard hyphen > 0 else { return nil }
        let last = UTF8Decoding.previousScalarStart(in: bytes, before: hyphen)
        let (lastCharacter, _) = UTF8Decoding.scalar(in: bytes, at: last)
        guard lastCharacter.properties.isAlphabetic else { return nil }
        let (nextCharacter, _) = UTF8Decoding.scalar(in: bytes, at: nextLine)
        guard nextCharacter.properties.isLowercase else {
            let keeps = nextCharacter.properties.isAlphabetic || ASCII.isDigit(bytes[nextLine])
            return keeps ? .keepingHyphen : nil
        }
        if HyphenationWords.conjunctions.contains(bytes, wordRange(bytes, from: nextLine), foldingCase: true) {
            return .suspended
        }
        let firstPart = wordStart(bytes, endingAt: hyphen)..<hyphen
        let isCompound = firstPart.lowerBound > 0 && bytes[firstPart.lowerBound - 1] == Byte.hyphen
        if isCompound || HyphenationWords.keptPrefixes.contains(bytes, firstPart, foldingCase: true) {
            return .keepingHyphen
        }
        return lastCharacter.properties.isLowercase ? .word : .keepingHyphen
    }

    /// Where the next line's text starts when only spaces and one line break
    /// follow `index`; `nil` when anything else does, or a blank line.
    private static func nextLineStart(_ bytes: UnsafeBufferPointer<UInt8>, after index: Int) -> Int? {
        var position = skipSpaces(bytes, from: index)
        if position < bytes.count && bytes[position] == Byte.carriageReturn { position += 1 }
        guard position < bytes.count, bytes[position] == Byte.newline else { return nil }
        position = skipSpaces(bytes, from: position + 1)
        guard position < bytes.count, bytes[position] != Byte.newline, bytes[position] != Byte.carriageReturn else {
            return nil
        }
        return position
    }

    private static func skipSpaces(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
        var position = index
        while position < bytes.count && (bytes[position] == Byte.space || bytes[position] == Byte.tab) { position += 1 }
        return position
    }

    private static func isLetter(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        UTF8Decoding.scalar(in: bytes, at: index).0.properties.isAlphabetic
    }

    /// The start of the run of letters that ends at `end`.
    private static func wordStart(_ bytes: UnsafeBufferPointer<UInt8>, endingAt end: Int) -> Int {
        var start = end
        while start > 0 {
            let previous = UTF8Decoding.previousScalarStart(in: bytes, before: start)
            guard isLetter(bytes, at: previous) else { break }
            start = previous
        }
        return start
    }

    /// The run of letters starting at `start`.
    private static func wordRange(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Range<Int> {
        var end = start
        while end < bytes.count && isLetter(bytes, at: end) { end += UTF8Decoding.scalar(in: bytes, at: end).1 }
        return start..<end
    }
}
