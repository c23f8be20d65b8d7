import TextPipeCore

/// The tokens most frequent in a text collection, as written.
enum FrequentWords {
    /// The `count` most frequent tokens of `documents` (tokens set), as their
    /// UTF-8 bytes, most frequent first, ties in byte order; tokens over 255
    /// bytes are left out.
    static func mostFrequent(in documents: [Document], count: Int) -> [[UInt8]] {
        var counts: [[UInt8]: Int] = [:]
        for document in documents {
            document.withUTF8 { bytes in
                for token in document.tokens ?? [] where token.span.length <= Int(UInt8.max) {
                    counts[Array(bytes[token.span.start..<token.span.end]), default: 0] += 1
                }
            }
        }
        let ranked = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key.lexicographicallyPrecedes($1.key) }
        return ranked.prefix(count).map(\.key)
    }
}
