import TextPipeCore

/// Recognises the block markup of one Markdown line. A line is a byte range
/// without its line end. Block markup may be indented by up to three spaces;
/// more makes the line indented code or a list continuation, which is text.
enum MarkdownLine {
    /// The line of a code fence: ```` ``` ```` or `~~~`, three or more.
    struct Fence {
        var marker: UInt8
        var length: Int
    }

    /// Where the line's markup starts: after up to three spaces; `nil` when
    /// it is indented further or by a tab.
    static func markupStart(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Int? {
        var index = line.lowerBound
        while index < line.upperBound && bytes[index] == Byte.space {
            index += 1
            if index - line.lowerBound > 3 { return nil }
        }
        if index < line.upperBound && bytes[index] == Byte.tab { return nil }
        return index
    }

    /// Whether the line holds nothing but spaces and tabs.
    static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Bool {
        ByteMatching.trimmed(bytes, line).isEmpty
    }

    /// Where the line continues after a blockquote marker `>` and the one space
    /// that may follow it; `nil` when it does not start with one.
    static func afterQuoteMarker(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Int? {
        guard let start = markupStart(bytes, line), start < line.upperBound, bytes[start] == Byte.greaterThan else {
            return nil
        }
        let next = start + 1
        let isSpace = next < line.upperBound && (bytes[next] == Byte.space || bytes[next] == Byte.tab)
        return isSpace ? next + 1 : next
    }

    /// The fence that opens a code block on this line. A backtick fence's
    /// info string (the language) may hold no backtick, else it is inline code.
    static func openingFence(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Fence? {
        guard let start = markupStart(bytes, line), start < line.upperBound else { return nil }
        let marker = bytes[start]
        guard marker == Byte.backtick || marker == Byte.tilde else { return nil }
        let end = runEnd(bytes, from: start, limit: line.upperBound)
        guard end - start >= 3 else { return nil }
        if marker == Byte.backtick && (end..<line.upperBound).contains(where: { bytes[$0] == Byte.backtick }) {
            return nil
        }
        return Fence(marker: marker, length: end - start)
    }

    /// Whether the line closes a code block opened by `fence`: the same
    /// marker, at least as many, nothing after them.
    static func closes(_ fence: Fence, _ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Bool {
        guard let start = markupStart(bytes, line), start < line.upperBound, bytes[start] == fence.marker else {
            return false
        }
        let end = runEnd(bytes, from: start, limit: line.upperBound)
        return end - start >= fence.length && isBlank(bytes, end..<line.upperBound)
    }

    /// The text of an ATX heading (`## Text ##`) without its markers, or `nil`
    /// when the line is none. The `#`s must be followed by a space, so a
    /// `#hashtag` is text.
    static func headingText(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Range<Int>? {
        guard let start = markupStart(bytes, line) else { return nil }
        let markerEnd = runEnd(bytes, from: start, limit: line.upperBound, of: Byte.hash)
        guard (1...6).contains(markerEnd - start) else { return nil }
        guard markerEnd == line.upperBound || bytes[markerEnd] == Byte.space || bytes[markerEnd] == Byte.tab else {
            return nil
        }
        var textEnd = ByteMatching.trimmed(bytes, markerEnd..<line.upperBound).upperBound
        // A closing run of #s counts only when a space separates it from the text ("C#" keeps its #).
        var closingStart = textEnd
        while closingStart > markerEnd && bytes[closingStart - 1] == Byte.hash { closingStart -= 1 }
        if closingStart < textEnd && (closingStart == markerEnd || ASCII.isWhitespace(bytes[closingStart - 1])) {
            textEnd = closingStart
        }
        return ByteMatching.trimmed(bytes, markerEnd..<max(markerEnd, textEnd))
    }

    /// Whether the line is a thematic break: three or more `-`, `*` or `_`,
    /// the same throughout, spaces allowed between (`---`, `* * *`).
    static func isThematicBreak(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Bool {
        guard let start = markupStart(bytes, line), start < line.upperBound else { return false }
        let marker = bytes[start]
        guard marker == Byte.hyphen || marker == Byte.asterisk || marker == Byte.underscore else { return false }
        var count = 0
        for index in start..<line.upperBound {
            let byte = bytes[index]
            if byte == marker {
                count += 1
            } else if byte != Byte.space && byte != Byte.tab {
                return false
            }
        }
        return count >= 3
    }

    /// Whether the line could underline a setext heading: three or more `=`
    /// or `-` and nothing else. (Markdown allows one; three keeps a stray
    /// `-` or `=` in prose.)
    static func isSetextUnderline(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Bool {
        guard let start = markupStart(bytes, line), start < line.upperBound else { return false }
        let marker = bytes[start]
        guard marker == Byte.equals || marker == Byte.hyphen else { return false }
        let end = runEnd(bytes, from: start, limit: line.upperBound)
        return end - start >= 3 && isBlank(bytes, end..<line.upperBound)
    }

    /// Whether the line defines a link reference: `[label]: destination`.
    /// Footnotes (`[^1]: text`) are text and stay.
    static func isReferenceDefinition(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Bool {
        guard let start = markupStart(bytes, line), start + 1 < line.upperBound, bytes[start] == Byte.openBracket,
            bytes[start + 1] != Byte.caret, bytes[start + 1] != Byte.closeBracket
        else { return false }
        var index = start + 1
        while index < line.upperBound && bytes[index] != Byte.closeBracket {
            index += bytes[index] == Byte.backslash ? 2 : 1
        }
        guard index + 1 < line.upperBound, bytes[index + 1] == Byte.colon else { return false }
        return !isBlank(bytes, (index + 2)..<line.upperBound)
    }

    /// The end of the run of `bytes[start]` (or of `byte`) starting at `start`.
    private static func runEnd(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int, of byte: UInt8? = nil
    ) -> Int {
        let marker = byte ?? bytes[start]
        var end = start
        while end < limit && bytes[end] == marker { end += 1 }
        return end
    }
}
