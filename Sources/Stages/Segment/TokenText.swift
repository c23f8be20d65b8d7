import TextPipeCore

/// A text's bytes and its tokens side by side: the questions the splitters
/// ask about a token, answered from the bytes without building strings.
struct TokenText {
    /// The text's UTF-8 bytes.
    let bytes: UnsafeBufferPointer<UInt8>
    /// Its tokens in order.
    let tokens: UnsafeBufferPointer<Token>

    /// The case of a word's first letter, or `.none` for tokens that are no cased word.
    enum LetterCase {
        case upper
        case lower
        case none
    }

    /// The number of tokens.
    var count: Int { tokens.count }

    /// The byte range of token `index`.
    @inline(__always) func range(_ index: Int) -> Range<Int> {
        tokens[index].span.start..<tokens[index].span.end
    }

    /// The byte length of token `index`.
    @inline(__always) func length(_ index: Int) -> Int { tokens[index].span.length }

    /// The first byte of token `index`.
    @inline(__always) func firstByte(_ index: Int) -> UInt8 { bytes[tokens[index].span.start] }

    /// Whether token `index` is exactly the ASCII character `byte`.
    @inline(__always) func isCharacter(_ index: Int, _ byte: UInt8) -> Bool {
        length(index) == 1 && firstByte(index) == byte
    }

    /// Whether token `index` follows the previous token with no whitespace between them.
    @inline(__always) func touchesPrevious(_ index: Int) -> Bool {
        index > 0 && tokens[index - 1].span.end == tokens[index].span.start
    }

    /// The tokens of the whitespace-delimited chunk that token `index` ends,
    /// such as the pieces of `www.example.com` or `***`.
    func chunk(endingAt index: Int) -> ClosedRange<Int> {
        var first = index
        while touchesPrevious(first) { first -= 1 }
        return first...index
    }

    /// The tokens of the whitespace-delimited chunk that token `index` starts.
    func chunk(startingAt index: Int) -> ClosedRange<Int> {
        var last = index
        while last + 1 < count && touchesPrevious(last + 1) { last += 1 }
        return index...last
    }

    /// The byte range covered by the tokens `chunk`.
    func byteRange(_ chunk: ClosedRange<Int>) -> Range<Int> {
        tokens[chunk.lowerBound].span.start..<tokens[chunk.upperBound].span.end
    }

    /// Whether token `index` is in `words` (ASCII case folded).
    @inline(__always) func isWord(_ index: Int, in words: WordSet) -> Bool {
        tokens[index].kind == .word && words.contains(bytes, range(index), foldingCase: true)
    }

    /// Whether token `index` spells `word` (lower-case ASCII), in any case.
    func spells(_ index: Int, _ word: StaticString) -> Bool {
        let range = range(index)
        guard range.count == word.utf8CodeUnitCount else { return false }
        return (0..<range.count).allSatisfy { ASCII.lowercased(bytes[range.lowerBound + $0]) == word.utf8Start[$0] }
    }

    /// Whether every scalar of token `index` satisfies `predicate`.
    func allScalars(of index: Int, _ predicate: (Unicode.Scalar) -> Bool) -> Bool {
        var position = tokens[index].span.start
        let end = tokens[index].span.end
        while position < end {
            let (scalar, length) = UTF8Decoding.scalar(in: bytes, at: position)
            if !predicate(scalar) { return false }
            position += length
        }
        return true
    }

    /// The case of the first letter when token `index` is a word.
    func letterCase(_ index: Int) -> LetterCase {
        guard tokens[index].kind == .word else { return .none }
        let byte = firstByte(index)
        if byte < 0x80 {
            return ASCII.isUpper(byte) ? .upper : ASCII.isLower(byte) ? .lower : .none
        }
        let properties = UTF8Decoding.scalar(in: bytes, at: tokens[index].span.start).0.properties
        if properties.isUppercase || properties.generalCategory == .titlecaseLetter { return .upper }
        return properties.isLowercase ? .lower : .none
    }

    /// How many line breaks separate token `index` from the one before it,
    /// capped at 2 (a blank line). `\r\n` counts once; U+2029 counts as a blank line.
    func lineBreaks(before index: Int) -> Int {
        guard index > 0 else { return 0 }
        var position = tokens[index - 1].span.end
        let end = tokens[index].span.start
        var breaks = 0
        while position < end && breaks < 2 {
            let byte = bytes[position]
            if byte == 0x0A {
                breaks += 1
            } else if byte == 0x0D {
                if position + 1 >= end || bytes[position + 1] != 0x0A { breaks += 1 }
            } else if byte == 0xE2 && position + 2 < end && bytes[position + 1] == 0x80 {
                // U+2028 LINE SEPARATOR, U+2029 PARAGRAPH SEPARATOR.
                if bytes[position + 2] == 0xA8 { breaks += 1 } else if bytes[position + 2] == 0xA9 { breaks += 2 }
            } else if byte == 0xC2 && position + 1 < end && bytes[position + 1] == 0x85 {
                breaks += 1
            }
            position += 1
        }
        return min(breaks, 2)
    }
}
