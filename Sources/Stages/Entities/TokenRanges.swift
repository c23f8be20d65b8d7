import TextPipeCore

/// Sentences as ranges of token indices.
enum TokenRanges {
    /// The tokens inside each sentence, found from the spans so that any
    /// consistent tokens and sentences work; without sentences, all tokens are one.
    static func of(_ sentences: [Sentence], in text: TokenText) -> [Range<Int>] {
        guard !sentences.isEmpty else { return [0..<text.count] }
        var ranges: [Range<Int>] = []
        var index = 0
        for sentence in sentences {
            while index < text.count && text.start(index) < sentence.span.start { index += 1 }
            let start = index
            while index < text.count && text.end(index) <= sentence.span.end { index += 1 }
            ranges.append(start..<index)
        }
        return ranges
    }
}
