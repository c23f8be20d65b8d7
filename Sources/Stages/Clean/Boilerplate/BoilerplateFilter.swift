import TextPipeCore

/// Removes lines of page boilerplate (see ``BoilerplatePatterns``) and later
/// repeats of the first line, which on scraped pages is the headline.
struct BoilerplateFilter: Sendable {
    /// Longer lines are text, whatever words they contain.
    static let maximumLineLength = 80
    /// A first line longer than this is a paragraph, not a title that pages repeat.
    static let maximumTitleLength = 200

    private let wholeLines: WordSet
    private let patterns: [BoilerplatePattern]
    private let sharingWords: WordSet

    /// The filter with the standard patterns, built once per process.
    static let standard = BoilerplateFilter(
        patterns: BoilerplatePatterns.list, sharingWords: BoilerplatePatterns.sharingWords)

    /// A filter from a pattern list and a list of sharing-widget words.
    init(patterns list: String, sharingWords: String) {
        let parsed = WordSet.entries(ofList: list).map(BoilerplatePattern.init)
        wholeLines = WordSet(parsed.filter { $0.kind == .whole }.map { String(decoding: $0.text, as: UTF8.self) })
        patterns = parsed.filter { $0.kind != .whole }
        self.sharingWords = WordSet(sharingWords.split(whereSeparator: \.isWhitespace).map(String.init))
    }

    /// The text of `bytes` without boilerplate lines and without the blank
    /// lines their removal leaves, and how many lines went; `nil` when no line did.
    func filter(_ bytes: UnsafeBufferPointer<UInt8>) -> (text: [UInt8], removedLines: Int)? {
        var kept: [Range<Int>] = []
        var removed = 0
        // The first line, when short enough to be a headline that the page repeats.
        var title: Range<Int>?
        var hasText = false
        var lineStart = 0
        while lineStart <= bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count && bytes[lineEnd] != Byte.newline { lineEnd += 1 }
            let line = lineStart..<lineEnd
            lineStart = lineEnd + 1
            let content = Self.content(bytes, line)
            if !content.isEmpty {
                let repeatsTitle = title.map { ByteMatching.equals(bytes, $0, content) } ?? false
                if repeatsTitle || isBoilerplate(bytes, content) {
                    removed += 1
                    continue
                }
                if !hasText && ByteMatching.scalarCount(bytes, content) <= Self.maximumTitleLength { title = content }
                hasText = true
            }
            kept.append(line)
        }
        guard removed > 0 else { return nil }
        return (Self.join(kept, of: bytes), removed)
    }

    /// Whether the line's content (trimmed, see ``content(_:_:)``) is boilerplate.
    private func isBoilerplate(_ bytes: UnsafeBufferPointer<UInt8>, _ content: Range<Int>) -> Bool {
        guard ByteMatching.scalarCount(bytes, content) <= Self.maximumLineLength else { return false }
        let line = UnsafeBufferPointer(rebasing: bytes[content])
        return wholeLines.contains(line, foldingCase: true)
            || patterns.contains { $0.matches(bytes, content) }
            || isSharingRow(bytes, content)
    }

    /// Whether the line is made only of sharing-widget words.
    private func isSharingRow(_ bytes: UnsafeBufferPointer<UInt8>, _ content: Range<Int>) -> Bool {
        var index = content.lowerBound
        var words = 0
        while index < content.upperBound {
            guard ASCII.isAlphanumeric(bytes[index]) else {
                // Separators between buttons are ASCII punctuation or spaces; anything else is text.
                if bytes[index] >= 0x80 { return false }
                index += 1
                continue
            }
            let start = index
            while index < content.upperBound && ASCII.isAlphanumeric(bytes[index]) { index += 1 }
            guard sharingWords.contains(bytes, start..<index, foldingCase: true) else { return false }
            words += 1
        }
        return words > 0
    }

    /// The line without surrounding whitespace and trailing separators (`Share:` reads as `Share`).
    private static func content(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Range<Int> {
        var content = ByteMatching.trimmed(bytes, line)
        while let last = content.last, trailingSeparators.contains(bytes[last]) {
            content = ByteMatching.trimmed(bytes, content.lowerBound..<last)
        }
        return content
    }

    private static let trailingSeparators: Set<UInt8> = Set(":.|->".utf8)

    /// `lines` joined by newlines, with runs of blank lines made one and none at the ends.
    private static func join(_ lines: [Range<Int>], of bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var blankPending = false
        for line in lines {
            if ByteMatching.trimmed(bytes, line).isEmpty {
                blankPending = !output.isEmpty
                continue
            }
            if !output.isEmpty { output.append(Byte.newline) }
            if blankPending { output.append(Byte.newline) }
            blankPending = false
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[line]))
        }
        return output
    }
}
