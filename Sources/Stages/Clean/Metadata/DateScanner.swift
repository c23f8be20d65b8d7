import TextPipeCore

/// A cursor over a line of UTF-8 bytes for ``DateReader``: reads numbers,
/// words and marks, skipping nothing unless asked. Copy it to try a reading
/// and keep the copy only when the reading succeeds.
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

    /// A run of ASCII letters, lower-cased; `nil` when the next byte is no letter.
    mutating func word() -> String? {
        var index = position
        while index < end && ASCII.isLetter(bytes[index]) { index += 1 }
        guard index > position else { return nil }
        let word = String(decoding: bytes[position..<index].map(ASCII.lowercased), as: UTF8.self)
        position = index
        return word
    }

    /// The word `lowercase` (ASCII case folded), ending where the letters end.
    mutating func take(word lowercase: String) -> Bool {
        var trial = self
        guard trial.word() == lowercase else { return false }
        self = trial
        return true
    }

    /// The bytes of `mark` next; `mark` is lower case and matches either case.
    mutating func take(_ mark: String) -> Bool {
        let pattern = Array(mark.utf8)
        guard ByteMatching.matches(bytes, at: position, end: end, pattern) else { return false }
        position += pattern.count
        return true
    }

    /// The first of `marks` that comes next.
    mutating func take(anyOf marks: [String]) -> Bool {
        marks.contains { take($0) }
    }
}
