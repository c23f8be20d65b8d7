import TextPipeCore

/// Finds the values of the chosen kinds in a text and masks them.
struct Redactor: Sendable {
    /// The result for one text.
    struct Result {
        /// The redacted text, or nil when nothing was masked.
        var text: String?
        /// What was masked, with offsets in Unicode scalars of the redacted text.
        var redactions: [Redaction]
    }

    let kinds: [RedactionKind]
    let style: MaskStyle

    /// Masks every value of `kinds` in `bytes`.
    func redact(_ bytes: UnsafeBufferPointer<UInt8>) -> Result {
        let matches = Self.nonOverlapping(kinds.flatMap { kind in kind.spans(in: bytes).map { (span: $0, kind: kind) } })
        guard !matches.isEmpty else { return Result(text: nil, redactions: []) }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var masked: [(span: Span, kind: RedactionKind)] = []
        var copied = 0
        for match in matches {
            output += UnsafeBufferPointer(rebasing: bytes[copied..<match.span.start])
            let start = output.count
            output += style.replacement(for: match.kind, length: match.span.length)
            masked.append((Span(start: start, end: output.count), match.kind))
            copied = match.span.end
        }
        output += UnsafeBufferPointer(rebasing: bytes[copied...])
        let redactions = output.withUnsafeBufferPointer { outputBytes in
            let offsets = ScalarOffsets(outputBytes)
            return masked.map {
                Redaction(start: offsets.scalarOffset($0.span.start), end: offsets.scalarOffset($0.span.end), kind: $0.kind)
            }
        }
        return Result(text: String(decoding: output, as: UTF8.self), redactions: redactions)
    }

    /// The matches to mask, left to right: where two overlap, the one that
    /// starts first wins, then the longer, then the stricter kind.
    private static func nonOverlapping(_ matches: [(span: Span, kind: RedactionKind)]) -> [(span: Span, kind: RedactionKind)] {
        let ordered = matches.sorted { lhs, rhs in
            if lhs.span.start != rhs.span.start { return lhs.span.start < rhs.span.start }
            if lhs.span.end != rhs.span.end { return lhs.span.end > rhs.span.end }
            return lhs.kind.precedence < rhs.kind.precedence
        }
        var kept: [(span: Span, kind: RedactionKind)] = []
        for match in ordered where kept.last.map({ $0.span.end <= match.span.start }) ?? true {
            kept.append(match)
        }
        return kept
    }
}

extension RedactionKind {
    /// The spans of this kind's values in `bytes`.
    func spans(in bytes: UnsafeBufferPointer<UInt8>) -> [Span] {
        switch self {
        case .email: EmailScanner.spans(in: bytes)
        case .phone: PhoneScanner.spans(in: bytes)
        case .card: CardScanner.spans(in: bytes)
        case .iban: IBANScanner.spans(in: bytes)
        case .ip: IPAddressScanner.spans(in: bytes)
        }
    }
}
