import TextPipeCore

/// Removes lines of page boilerplate (see ``BoilerplatePatterns``,
/// ``BylineMatcher`` and ``TeaserMatcher``), later repeats of the first line,
/// which on scraped pages is the headline, and lines the page repeats (see
/// ``Rules/repeats``); reads title, author and date from the top of the
/// text on the way (see ``TextHeaderReader``).
struct BoilerplateFilter: Sendable {
    /// Longer lines are text, whatever words they contain.
    static let maximumLineLength = 80
    /// A first line longer than this is a paragraph, not a title that pages repeat.
    static let maximumTitleLength = 200
    /// How many lines with text, from the first, are the top of the text, where bylines go.
    static let topLines = 6

    private let wholeLines: WordSet
    private let patterns: [BoilerplatePattern]
    private let sharingWords: WordSet
    private let teasers = TeaserMatcher()
    private let nonNames = NonNameWords.set()

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

    /// Which lines ``filter(_:dropping:)`` drops.
    struct Rules: OptionSet, Sendable {
        let rawValue: Int
        /// Lines matching a pattern, sharing rows, bylines, link teasers, and
        /// later copies of the title line; in the header (the top lines before
        /// any text but the title), bare bylines and lines that are only a date.
        static let boilerplate = Rules(rawValue: 1)
        /// Later copies of short lines the text repeats (see ``RepeatedLines``),
        /// and a line equal to the line before it (a paragraph scraped twice).
        static let repeats = Rules(rawValue: 2)
    }

    /// The result of ``filter(_:dropping:)``.
    struct Result {
        /// The text without the lines dropped and the blank lines their
        /// removal leaves; `nil` when no line went.
        var text: [UInt8]?
        var removedLines = 0
        /// Title, author and date read from the top of the text (only with ``Rules/boilerplate``).
        var metadata = DocumentMetadata()
    }

    /// The text of `bytes` without the lines `rules` name, and what its top says about it.
    func filter(_ bytes: UnsafeBufferPointer<UInt8>, dropping rules: Rules) -> Result {
        let lines = Self.lines(of: bytes)
        let repeated = rules.contains(.repeats) ? RepeatedLines(bytes, lines: lines).laterCopies : []
        let readsHeader = rules.contains(.boilerplate)
        var header = TextHeaderReader()
        var kept: [Range<Int>] = []
        var removed = 0
        // The first line, when short enough to be a headline that the page repeats.
        var title: Range<Int>?
        // The last kept line with text, trimmed.
        var previous: Range<Int>?
        var linesWithText = 0
        var keptLinesWithText = 0
        for (number, line) in lines.enumerated() {
            let content = Self.content(bytes, line)
            if !content.isEmpty {
                let trimmed = ByteMatching.trimmed(bytes, line)
                let place = Place(
                    isTop: linesWithText < Self.topLines,
                    isHeader: linesWithText < Self.topLines && keptLinesWithText == 1 && header.hasTitle,
                    isParagraph: Self.isBlank(bytes, lines, number - 1) && Self.isBlank(bytes, lines, number + 1))
                linesWithText += 1
                let isRepeat = repeated.contains(number)
                    || (rules.contains(.repeats) && previous.map { bytes[$0].elementsEqual(bytes[trimmed]) } == true)
                let repeatsTitle = title.map { ByteMatching.equals(bytes, $0, content) } ?? false
                let isPageFurniture = readsHeader
                    && (repeatsTitle || isFurniture(bytes, content, trimmed, place, reading: &header))
                if isRepeat || isPageFurniture {
                    removed += 1
                    continue
                }
                if previous == nil {
                    if ByteMatching.scalarCount(bytes, content) <= Self.maximumTitleLength { title = content }
                    if readsHeader {
                        let blankLineFollows = lines.indices.contains(number + 1) && Self.isBlank(bytes, lines, number + 1)
                        header.readFirstLine(bytes, trimmed, blankLineFollows: blankLineFollows)
                    }
                }
                previous = trimmed
                keptLinesWithText += 1
            }
            kept.append(line)
        }
        return Result(text: removed > 0 ? Self.join(kept, of: bytes) : nil, removedLines: removed, metadata: header.metadata)
    }

    /// Where a line is: among the ``topLines``, in the header (the top
    /// lines before any text but a headline), and whether it is a paragraph
    /// of its own, with no line of text right above or below it.
    private struct Place {
        var isTop: Bool
        var isHeader: Bool
        var isParagraph: Bool
    }

    /// Whether line `number` is blank or beyond the text.
    private static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>, _ lines: [Range<Int>], _ number: Int) -> Bool {
        !lines.indices.contains(number) || ByteMatching.trimmed(bytes, lines[number]).isEmpty
    }

    /// The lines of `bytes`, without their line ends; a text ending in a line end ends in an empty line.
    private static func lines(of bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var lineStart = 0
        while lineStart <= bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count && bytes[lineEnd] != Byte.newline { lineEnd += 1 }
            lines.append(lineStart..<lineEnd)
            lineStart = lineEnd + 1
        }
        return lines
    }

    /// Whether the line is boilerplate, reading the authors of bylines and
    /// the dates of furniture at the top into `header`. `content` is the
    /// line as ``content(_:_:)`` gives it, `trimmed` the line with only its
    /// spaces trimmed.
    private func isFurniture(
        _ bytes: UnsafeBufferPointer<UInt8>, _ content: Range<Int>, _ trimmed: Range<Int>, _ place: Place,
        reading header: inout TextHeaderReader
    ) -> Bool {
        if teasers.matches(bytes, trimmed) { return true }
        guard ByteMatching.scalarCount(bytes, content) <= Self.maximumLineLength else { return false }
        let line = UnsafeBufferPointer(rebasing: bytes[content])
        let isFurniture: Bool
        if wholeLines.contains(line, foldingCase: true) || patterns.contains(where: { $0.matches(bytes, content) })
            || isSharingRow(bytes, content)
        {
            isFurniture = true
        } else if let authors = BylineMatcher.authors(bytes, trimmed, atTop: place.isTop)
            ?? (place.isHeader
                ? BylineMatcher.bareAuthors(bytes, trimmed, nonNames: nonNames, standsAlone: place.isParagraph) : nil)
        {
            header.readAuthors(bytes, authors)
            isFurniture = true
        } else {
            isFurniture = place.isHeader && DateReader.wholeLineDate(in: bytes, trimmed) != nil
        }
        if isFurniture && place.isTop { header.readDate(bytes, trimmed) }
        return isFurniture
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
