import TextPipeCore

/// Reads a page's bytes as tags, text and comments, the way browsers do for
/// well-formed pages and forgivingly for the rest: a `<` that starts no tag
/// is text, an unclosed comment or tag runs to the end.
///
/// The content of raw-text elements (`script`, `style`, `title`, ...) is one
/// text token up to the matching end tag, so markup inside scripts is never
/// taken for tags.
struct HTMLTokenizer {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let end: Int
    /// The offset of the next unread byte.
    private(set) var position: Int
    /// The name of the raw-text element whose content comes next.
    private var rawTextName: Range<Int>?
    private var rawTextDecodesEntities = false

    /// Creates a tokenizer of `bytes[range]`.
    init(_ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) {
        self.bytes = bytes
        self.end = range.upperBound
        self.position = range.lowerBound
    }

    /// The next token, or `nil` at the end.
    mutating func next() -> HTMLToken? {
        if let name = rawTextName {
            rawTextName = nil
            let start = position
            position = rawTextEnd(named: name, from: start)
            if position > start { return .text(start..<position, decodesEntities: rawTextDecodesEntities) }
        }
        guard position < end else { return nil }
        if bytes[position] == Byte.lessThan, let token = markup() { return token }
        let start = position
        position += 1
        while position < end && bytes[position] != Byte.lessThan { position += 1 }
        return .text(start..<position, decodesEntities: true)
    }

    // MARK: - Markup

    /// The markup starting at `position` (a `<`), or `nil` when the `<` is text.
    private mutating func markup() -> HTMLToken? {
        let start = position
        guard start + 1 < end else { return nil }
        let next = bytes[start + 1]
        if ASCII.isLetter(next) { return startTag(from: start) }
        if next == Byte.slash {
            if start + 2 < end && ASCII.isLetter(bytes[start + 2]) { return endTag(from: start) }
            position = after(Byte.greaterThan, from: start + 2)
            return .declaration
        }
        if next == Byte.exclamation {
            if ByteMatching.matches(bytes, at: start, end: end, Self.commentOpen) {
                position = after(Self.commentClose, from: start + Self.commentOpen.count)
                return .declaration
            }
            if ByteMatching.matches(bytes, at: start, end: end, Self.cdataOpen) {
                let contentStart = start + Self.cdataOpen.count
                let contentEnd = first(Self.cdataClose, from: contentStart) ?? end
                position = min(contentEnd + Self.cdataClose.count, end)
                return .text(contentStart..<contentEnd, decodesEntities: false)
            }
            position = after(Byte.greaterThan, from: start + 2)
            return .declaration
        }
        if next == Byte.question {
            position = after(Byte.greaterThan, from: start + 2)
            return .declaration
        }
        return nil
    }

    private mutating func startTag(from start: Int) -> HTMLToken {
        let nameRange = start + 1..<nameEnd(from: start + 1)
        let tagEnd = self.tagEnd(from: nameRange.upperBound)
        let isSelfClosing = tagEnd > nameRange.upperBound && bytes[tagEnd - 1] == Byte.slash
        position = min(tagEnd + 1, end)
        let name = HTMLTagName(bytes, nameRange)
        if !isSelfClosing, let decodes = Self.rawTextElements[name] {
            rawTextName = nameRange
            rawTextDecodesEntities = decodes
        }
        return .startTag(
            HTMLTag(
                name: name,
                attributes: nameRange.upperBound..<(isSelfClosing ? tagEnd - 1 : tagEnd),
                range: start..<position,
                isSelfClosing: isSelfClosing))
    }

    private mutating func endTag(from start: Int) -> HTMLToken {
        let nameRange = start + 2..<nameEnd(from: start + 2)
        position = after(Byte.greaterThan, from: nameRange.upperBound)
        return .endTag(
            HTMLTag(
                name: HTMLTagName(bytes, nameRange),
                attributes: nameRange.upperBound..<nameRange.upperBound,
                range: start..<position,
                isSelfClosing: false))
    }

    /// The end of a tag name: whitespace, `/` or `>`.
    private func nameEnd(from start: Int) -> Int {
        var index = start
        while index < end {
            let byte = bytes[index]
            if ASCII.isWhitespace(byte) || byte == Byte.slash || byte == Byte.greaterThan { break }
            index += 1
        }
        return index
    }

    /// The offset of the `>` closing a tag whose attributes start at `start`
    /// (or `end`), skipping quoted attribute values.
    private func tagEnd(from start: Int) -> Int {
        var index = start
        while index < end {
            let byte = bytes[index]
            if byte == Byte.greaterThan { return index }
            index += 1
            guard byte == Byte.equals else { continue }
            while index < end && ASCII.isWhitespace(bytes[index]) { index += 1 }
            guard index < end, bytes[index] == Byte.doubleQuote || bytes[index] == Byte.singleQuote else { continue }
            let quote = bytes[index]
            index += 1
            while index < end && bytes[index] != quote { index += 1 }
            index += 1
        }
        return end
    }

    /// Where the content of the raw-text element named `bytes[name]` ends: at
    /// its end tag, or at the end of input.
    private func rawTextEnd(named name: Range<Int>, from start: Int) -> Int {
        var index = start
        while index + 1 < end {
            if bytes[index] == Byte.lessThan && bytes[index + 1] == Byte.slash && closesRawText(named: name, at: index + 2) {
                return index
            }
            index += 1
        }
        return end
    }

    private func closesRawText(named name: Range<Int>, at start: Int) -> Bool {
        guard start + name.count <= end else { return false }
        for offset in 0..<name.count
        where ASCII.lowercased(bytes[start + offset]) != ASCII.lowercased(bytes[name.lowerBound + offset]) {
            return false
        }
        let after = start + name.count
        return after == end || ASCII.isWhitespace(bytes[after]) || bytes[after] == Byte.slash
            || bytes[after] == Byte.greaterThan
    }

    // MARK: - Searching

    /// The offset just after the first `byte` at or after `start`, or `end`.
    private func after(_ byte: UInt8, from start: Int) -> Int {
        var index = start
        while index < end && bytes[index] != byte { index += 1 }
        return min(index + 1, end)
    }

    /// The offset just after the first `pattern` at or after `start`, or `end`.
    private func after(_ pattern: [UInt8], from start: Int) -> Int {
        guard let found = first(pattern, from: start) else { return end }
        return found + pattern.count
    }

    /// The offset of the first `pattern` at or after `start`.
    private func first(_ pattern: [UInt8], from start: Int) -> Int? {
        var index = start
        while index + pattern.count <= end {
            if bytes[index] == pattern[0] && ByteMatching.matches(bytes, at: index, end: end, pattern) { return index }
            index += 1
        }
        return nil
    }

    private static let commentOpen = Array("<!--".utf8)
    private static let commentClose = Array("-->".utf8)
    private static let cdataOpen = Array("<![cdata[".utf8)
    private static let cdataClose = Array("]]>".utf8)

    /// Elements whose content is not markup, and whether entities in it are decoded.
    private static let rawTextElements: [HTMLTagName: Bool] = [
        HTMLTagName("script"): false, HTMLTagName("style"): false, HTMLTagName("xmp"): false,
        HTMLTagName("iframe"): false, HTMLTagName("noembed"): false, HTMLTagName("noframes"): false,
        HTMLTagName("noscript"): false, HTMLTagName("title"): true, HTMLTagName("textarea"): true,
    ]
}
