import TextPipeCore
import TextPipeTesting

@testable import TextPipeEntities

/// A document as the segment stage would hand it over: tokens from
/// `WordTokenizer`, and sentences split after ". ", "? ", "! " and at line breaks.
func segmentedDocument(_ text: String) -> Document {
    var document = Document(id: "test", text: text)
    let tokens = WordTokenizer.tokens(in: text)
    let bytes = Array(text.utf8)
    var sentences: [Sentence] = []
    var start = 0
    var firstToken = 0
    func close(at end: Int) {
        var sentenceStart = start
        var sentenceEnd = end
        while sentenceStart < sentenceEnd && bytes[sentenceStart] == UInt8(ascii: " ") { sentenceStart += 1 }
        while sentenceEnd > sentenceStart && bytes[sentenceEnd - 1] == UInt8(ascii: " ") { sentenceEnd -= 1 }
        guard sentenceStart < sentenceEnd else { return }
        var lastToken = firstToken
        while lastToken < tokens.count && tokens[lastToken].span.end <= sentenceEnd { lastToken += 1 }
        sentences.append(Sentence(span: Span(start: sentenceStart, end: sentenceEnd), tokens: firstToken..<lastToken))
        firstToken = lastToken
    }
    for index in bytes.indices {
        let isBreak = bytes[index] == UInt8(ascii: "\n")
        let isStop = (bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: "?")
            || bytes[index] == UInt8(ascii: "!")) && index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: " ")
            && !isAbbreviation(endingAt: index)
        if isBreak {
            close(at: index)
            start = index + 1
        } else if isStop {
            close(at: index + 1)
            start = index + 1
        }
    }
    close(at: bytes.count)

    /// Whether the word before the dot at `dot` is an initial or a title, after which no sentence ends.
    func isAbbreviation(endingAt dot: Int) -> Bool {
        var start = dot
        while start > 0 && ASCII.isLetter(bytes[start - 1]) { start -= 1 }
        let word = String(decoding: bytes[start..<dot], as: UTF8.self)
        return (word.count == 1 && ASCII.isUpper(bytes[start])) || ["Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Jan", "Feb", "Mar", "Apr", "Aug", "Sept", "Oct", "Nov", "Dec"].contains(word)
    }
    document.tokens = tokens
    document.sentences = sentences
    return document
}

/// The entities the stage finds in `text`, as "text|LABEL" strings in order.
func found(
    _ text: String, options: EntitiesStage.Options = EntitiesStage.Options(), keeping labels: Set<EntityLabel>? = nil
) throws -> [String] {
    var document = segmentedDocument(text)
    try EntitiesStage(options: options).process(&document)
    let entities = (document.entities ?? []).filter { labels?.contains($0.label) ?? true }
    return zip(texts(of: entities.map(\.span), in: text), entities).map { "\($0)|\($1.label)" }
}

/// The marks of a marked text as "text|LABEL" strings in order.
func expected(_ marked: MarkedText) -> [String] {
    marked.marks.map { "\($0.text)|\($0.label ?? "")" }
}

/// `body` applied to `text` segmented (see ``segmentedDocument(_:)``) and seen as a ``TokenText``.
func withTokenText<Result>(_ text: String, _ body: (TokenText, Document) -> Result) -> Result {
    let document = segmentedDocument(text)
    return document.withUTF8 { bytes in body(TokenText(bytes: bytes, tokens: document.tokens!), document) }
}
