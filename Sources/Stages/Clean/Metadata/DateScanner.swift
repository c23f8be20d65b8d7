import TextPipeCore

/// A cursor over a line of UTF-8 bytes for ``DateReader``: reads numbers,
/// words and marks, skipping nothing unless asked. Copy it to try a reading
/// and keep the copy only when the reading succeeds. Nothing it does
/// allocates, as it runs on lines of every document.
struct DateScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    var position: Int
    let end: Int

    var isAtEnd: Bool { position >= end }

    /// Skips spaces and tabs.
    mutating func skipSpaces() {
        while position < end && (bytes[position] == Byte.space || bytes[position] == Byte.tab) { position += 1 }
    }

    /// A run of ASCII digits whose length is in `lengths`, not followed by another digit.
    mutating func number(_ lengths: ClosedRange<Int>) -> Int? {
        var index = position
        var value = 0
        while index < end && ASCII.isDigit(bytes[index]) && index - position < lengths.upperBound {
            value = value * 10 + Int(bytes[index] - UInt8(ascii: "0"))
            index += 1
        }
        guard lengths.contains(index - position), index == end || !ASCII.isDigit(bytes[index]) else { return nil }
        position = index
        return value
    }

    /// A run of ASCII letters; `nil` when the next byte is no letter.
    mutating func word() -> Range<Int>? {
        var index = position
        while index < end && ASCII.isLetter(bytes[index]) { index += 1 }
        guard index > position else { return nil }
        defer { position = index }
        return position..<index
    }

    /// Whether the word `bytes[word]` is `lowercase`, folding ASCII case.
    func word(_ word: Range<Int>, is lowercase: StaticString) -> Bool {
        guard word.count == lowercase.utf8CodeUnitCount else { return false }
        let pattern = UnsafeBufferPointer(start: lowercase.utf8Start, count: lowercase.utf8CodeUnitCount)
        return zip(word, pattern).allSatisfy { ASCII.lowercased(bytes[$0]) == $1 }
    }

    /// The word `lowercase` (ASCII case folded) next, ending where the letters end.
    mutating func take(word lowercase: StaticString) -> Bool {
        var trial = self
        guard let word = trial.word(), self.word(word, is: lowercase) else { return false }
        self = trial
        return true
    }

    /// The byte `mark` next, or its capital.
    mutating func take(_ mark: UInt8) -> Bool {
        guard position < end, ASCII.lowercased(bytes[position]) == mark else { return false }
        position += 1
        return true
    }

    /// The bytes of `mark` next (exactly).
    mutating func take(_ mark: [UInt8]) -> Bool {
        guard end - position >= mark.count, bytes[position..<position + mark.count].elementsEqual(mark) else {
            return false
        }
        position += mark.count
        return true
    }
}
