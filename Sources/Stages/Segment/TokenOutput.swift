import TextPipeCore

/// The word tokens as written to the output when `output_tokens` is on:
/// `"tokens": [{"start": 0, "end": 5, "kind": "word"}, ...]`, with offsets in
/// Unicode scalars like every other span of the output.
public enum TokenOutput: AnnotationKey {
    /// One token in output form.
    public struct TokenSpan: Encodable, Sendable, Hashable {
        public var start: Int
        public var end: Int
        /// `word`, `number`, `punctuation` or `symbol`.
        public var kind: String
    }

    public typealias Value = [TokenSpan]
    public static let name = "tokens"

    /// The tokens with byte offsets turned into scalar offsets of `bytes`.
    static func spans(of tokens: [Token], in bytes: UnsafeBufferPointer<UInt8>) -> [TokenSpan] {
        let offsets = ScalarOffsets(bytes)
        return tokens.map { token in
            TokenSpan(
                start: offsets.scalarOffset(token.span.start), end: offsets.scalarOffset(token.span.end),
                kind: Self.kindName(token.kind))
        }
    }

    private static func kindName(_ kind: Token.Kind) -> String {
        switch kind {
        case .word: "word"
        case .number: "number"
        case .punctuation: "punctuation"
        case .symbol: "symbol"
        }
    }
}
