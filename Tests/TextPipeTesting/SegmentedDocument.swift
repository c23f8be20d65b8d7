import TextPipeCore

/// A document segmented the simple way the tests need: a sentence per line,
/// lines split again after ". ", tokens from ``WordTokenizer``.
public func segmentedDocument(_ text: String) -> Document {
    var document = Document(id: "test", text: text)
    let tokens = WordTokenizer.tokens(in: text)
    let bytes = Array(text.utf8)
    var sentences: [Sentence] = []
    var start = 0
    func closeSentence(at end: Int) {
        var first = start
        var last = end
        while first < last && ASCII.isWhitespace(bytes[first]) { first += 1 }
        while last > first && ASCII.isWhitespace(bytes[last - 1]) { last -= 1 }
        start = end
        guard first < last else { return }
        let firstToken = tokens.firstIndex { $0.span.start >= first } ?? tokens.count
        let endToken = tokens.firstIndex { $0.span.start >= last } ?? tokens.count
        sentences.append(Sentence(span: Span(start: first, end: last), tokens: firstToken..<endToken))
    }
    for index in bytes.indices {
        if bytes[index] == UInt8(ascii: "\n") {
            closeSentence(at: index)
        } else if bytes[index] == UInt8(ascii: "."), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: " ") {
            closeSentence(at: index + 1)
        }
    }
    closeSentence(at: bytes.count)
    document.tokens = tokens
    document.sentences = sentences
    return document
}
