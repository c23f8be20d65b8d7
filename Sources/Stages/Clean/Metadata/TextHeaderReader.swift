import TextPipeCore

/// Collects title, author and date from the top of a text as
/// ``BoilerplateFilter`` goes through it: the headline, the names in bylines
/// and the dates in bylines and datelines, which the filter then drops.
struct TextHeaderReader {
    private var title: String?
    private var author: String?
    /// The first date of a line that is not about an update.
    private var date: String?
    /// The first date of an "Updated ..." line, used when no other date is given.
    private var updateDate: String?

    /// What the top of the text said.
    var metadata: DocumentMetadata {
        DocumentMetadata(title: title, author: author, date: date ?? updateDate)
    }

    /// Whether the first line read as a headline.
    var hasTitle: Bool { title != nil }

    /// Reads the text's first line (trimmed): the title when it is a
    /// headline, short, not ending like a sentence or a part of one (`.`
    /// `,` `;` `:`, also inside closing quotes: `."`), and followed by a blank
    /// line, as plain-text articles set their headlines.
    mutating func readFirstLine(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>, blankLineFollows: Bool) {
        guard blankLineFollows, ByteMatching.scalarCount(bytes, line) <= BoilerplateFilter.maximumTitleLength,
            let last = Self.lastBeforeClosers(bytes, line), !Self.sentencePartEnds.contains(bytes[last])
        else { return }
        title = String(decoding: UnsafeBufferPointer(rebasing: bytes[line]), as: UTF8.self)
    }

    private static let sentencePartEnds: Set<UInt8> = Set(".,;:".utf8)
    private static let closers = ["\"", "'", ")", "]", "\u{201D}", "\u{2019}", "\u{BB}"].map { Array($0.utf8) }

    /// The index of the last byte of `line` before its closing quotes and brackets.
    private static func lastBeforeClosers(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Int? {
        var end = line.upperBound
        while let closer = closers.first(where: { end - $0.count > line.lowerBound && bytes[(end - $0.count)..<end].elementsEqual($0) }) {
            end -= closer.count
        }
        return end > line.lowerBound ? end - 1 : nil
    }

    /// Reads the names of a byline; the first byline names the authors,
    /// joined with ", " as for several authors in HTML markup.
    mutating func readAuthors(_ bytes: UnsafeBufferPointer<UInt8>, _ names: [Range<Int>]) {
        guard author == nil else { return }
        author = names.map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self) }
            .joined(separator: ", ")
    }

    /// Reads the first date in a line from the top of the text that the filter drops.
    mutating func readDate(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) {
        guard let found = DateReader.firstDate(in: bytes, line) else { return }
        if ByteMatching.contains(bytes, line.lowerBound..<found.span.lowerBound, Self.update) {
            updateDate = updateDate ?? found.date.iso8601
        } else {
            date = date ?? found.date.iso8601
        }
    }

    private static let update = Array("updat".utf8)
}
