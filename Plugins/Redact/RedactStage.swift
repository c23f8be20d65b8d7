import TextPipeCore

/// Masks personal data in the text: e-mail addresses, phone numbers, payment
/// card numbers, IBANs and IP addresses, and records what it masked under
/// the `redactions` output key.
///
/// Unlike every stage but `clean`, redact changes `document.text`, since the
/// point is that the values never reach the output. Offsets stay consistent
/// because it runs right after `clean` and before anything that records
/// spans: it needs `clean-text` (so `validate` rejects it ahead of `clean`,
/// which would rewrite the text again) and fails a document that already has
/// paragraphs, sentences, tokens or entities (a pipeline order `validate`
/// cannot express). The `stars` mask keeps the text's length; `label` does not.
public struct RedactStage: Stage {
    /// Options of the redact stage.
    public struct Options: StageOptions {
        /// The kinds of values to mask.
        public var kinds: [String] = RedactionKind.allCases.map(\.rawValue)
        /// How masked values are written.
        public var mask: MaskStyle = .label

        public init() {}

        public static var documentation: [OptionDocumentation] {
            [
                OptionDocumentation(
                    "kinds", type: "[string]",
                    help: "What to mask, from: \(RedactionKind.allCases.map(\.rawValue).joined(separator: ", "))."),
                OptionDocumentation(
                    "mask", type: MaskStyle.allCases.map(\.rawValue).joined(separator: " | "),
                    help: "label writes [EMAIL], [PHONE], ...; stars writes one * per character, keeping the text's length."),
            ]
        }
    }

    public static let name = "redact"
    public static let summary = "Masks e-mail addresses, phone, card and bank account numbers and IP addresses; run it right after clean."
    public static let needs: [Annotation] = [.cleanText]
    public static let provides: [Annotation] = [.redactions]

    private let redactor: Redactor

    public init(options: Options) throws {
        var kinds: [RedactionKind] = []
        for name in options.kinds {
            guard let kind = RedactionKind(rawValue: name) else {
                let known = RedactionKind.allCases.map(\.rawValue).joined(separator: ", ")
                throw StageError("unknown kind '\(name)' in kinds (known kinds: \(known))")
            }
            if !kinds.contains(kind) { kinds.append(kind) }
        }
        guard !kinds.isEmpty else { throw StageError("kinds is empty; name at least one kind to mask") }
        redactor = Redactor(kinds: kinds, style: options.mask)
    }

    public func process(_ document: inout Document) throws {
        if document.paragraphs != nil || document.sentences != nil || document.tokens != nil || document.entities != nil {
            throw StageError("redact changes the text, so it must run before segment and the stages after it")
        }
        let result = document.withUTF8 { redactor.redact($0) }
        if let text = result.text { document.text = text }
        document.annotations[RedactionsKey.self] = result.redactions
    }
}
