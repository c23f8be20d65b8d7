import TextPipeCore

/// Text with expected spans marked inline, for tests that read like the
/// behaviour they pin down: `"[[Ada Lovelace|PERSON]] met [[Babbage]]."`
/// gives the text `"Ada Lovelace met Babbage."` and two marks.
public struct MarkedText {
    /// A marked span: where it is (UTF-8 bytes) and its label, if one was given.
    public struct Mark: Hashable, CustomStringConvertible {
        public var span: Span
        public var label: String?
        public var text: String

        public var description: String { "\(text)|\(label ?? "")@\(span.start)..<\(span.end)" }
    }

    /// The text without markers.
    public let text: String
    /// The marks in order of position.
    public let marks: [Mark]

    /// Parses `source`; `[[` opens a mark, `|LABEL]]` or `]]` closes it.
    public init(_ source: String) {
        var text = ""
        var marks: [Mark] = []
        var rest = Substring(source)
        while let open = rest.range(of: "[[") {
            text += rest[..<open.lowerBound]
            rest = rest[open.upperBound...]
            guard let close = rest.range(of: "]]") else {
                preconditionFailure("unclosed [[ in marked text: \(source)")
            }
            let inner = rest[..<close.lowerBound]
            rest = rest[close.upperBound...]
            let parts = inner.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
            let markText = String(parts[0])
            let start = text.utf8.count
            text += markText
            marks.append(
                Mark(
                    span: Span(start: start, end: text.utf8.count),
                    label: parts.count > 1 ? String(parts[1]) : nil,
                    text: markText))
        }
        text += rest
        self.text = text
        self.marks = marks
    }
}

/// The text of each span, for readable test failures.
public func texts(of spans: [Span], in text: String) -> [String] {
    let bytes = Array(text.utf8)
    return spans.map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }
}
