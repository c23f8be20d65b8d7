import TextPipe

/// What every processed document must satisfy before it is written: spans
/// inside the text and on character boundaries, tokens and summary sentences
/// that exist, and an output line that is valid JSON.
enum DocumentInvariants {
    /// Traps, naming the broken promise, when `document` breaks one.
    static func check(_ document: Document) {
        document.withUTF8 { text in
            let checker = SpanChecker(text: text)
            document.paragraphs?.forEach { checker.check($0, "paragraph") }
            document.tokens?.forEach { checker.check($0.span, "token") }
            for sentence in document.sentences ?? [] {
                checker.check(sentence.span, "sentence")
                require(
                    sentence.tokens.upperBound <= (document.tokens?.count ?? 0),
                    "sentence \(sentence.span) has tokens \(sentence.tokens) of \(document.tokens?.count ?? 0)")
            }
            document.entities?.forEach { checker.check($0.span, "entity") }
        }
        let sentenceCount = document.sentences?.count ?? 0
        for index in document.summary?.sentenceIndices ?? [] {
            require((0..<sentenceCount).contains(index), "summary sentence \(index) of \(sentenceCount)")
        }
        let line = DocumentEncoder.encode(document)
        do {
            _ = try line.withUnsafeBufferPointer { bytes throws(JSONParser.SyntaxError) in try JSONParser.parse(bytes) }
        } catch {
            fatalError("the output line is not valid JSON: \(error)")
        }
    }
}

/// Traps with `message` unless `condition` holds; unlike `precondition`, the
/// message is printed in release builds too.
private func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError(message()) }
}

/// Checks spans against one text's UTF-8 bytes.
private struct SpanChecker {
    let text: UnsafeBufferPointer<UInt8>

    func check(_ span: Span, _ kind: String) {
        require(
            0 <= span.start && span.start <= span.end && span.end <= text.count,
            "\(kind) \(span.start)..<\(span.end) is outside the text (\(text.count) bytes)")
        require(
            isBoundary(span.start) && isBoundary(span.end), "\(kind) \(span.start)..<\(span.end) splits a character")
    }

    /// Whether a character (Unicode scalar) starts at `offset`, or the text ends there.
    private func isBoundary(_ offset: Int) -> Bool {
        offset == text.count || text[offset] & 0xC0 != 0x80
    }
}
