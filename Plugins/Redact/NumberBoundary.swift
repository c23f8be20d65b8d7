import TextPipeCore

/// Where a number-shaped value (phone, card, IP address) may begin and end, so
/// that scanners never mask the middle of a longer number, a word or a decimal.
enum NumberBoundary {
    /// Whether a value may start at `index`: not glued to a letter or digit,
    /// and not the fraction of a decimal such as `3.1415926`.
    static func canStart(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index > 0 else { return true }
        let previous = bytes[index - 1]
        if ASCII.isAlphanumeric(previous) { return false }
        if previous == UInt8(ascii: ".") || previous == UInt8(ascii: ",") {
            return index < 2 || !ASCII.isDigit(bytes[index - 2])
        }
        return true
    }

    /// Whether a value may end just before `index`: not followed by a letter,
    /// digit or percent sign, nor by a decimal point and more digits.
    static func canEnd(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index < bytes.count else { return true }
        let next = bytes[index]
        if ASCII.isAlphanumeric(next) || next == UInt8(ascii: "%") { return false }
        if next == UInt8(ascii: ".") || next == UInt8(ascii: ",") {
            return index + 1 >= bytes.count || !ASCII.isDigit(bytes[index + 1])
        }
        return true
    }

    /// The index just past the run of digits starting at `index`.
    static func digitRunEnd(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
        var end = index
        while end < bytes.count && ASCII.isDigit(bytes[end]) { end += 1 }
        return end
    }
}
