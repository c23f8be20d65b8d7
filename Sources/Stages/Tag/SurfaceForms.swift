import TextPipeCore

/// How chosen keyphrases are most often written, counted by their exact
/// bytes: "Interest rates" at a sentence start and "interest rates" inside
/// one are different forms of the same phrase.
struct SurfaceForms {
    private struct Form {
        var count = 0
        var tokens: Range<Int>
    }

    private var forms: [UInt64: [UInt64: Form]] = [:]

    /// Counts the forms of the phrases in `keys`. Forms inside a sentence
    /// count double, as only there do capitals tell something.
    init(keys: Set<UInt64>, candidates: KeyphraseCandidates, bytes: UnsafeBufferPointer<UInt8>) {
        candidates.forEachOccurrence { occurrence in
            guard keys.contains(occurrence.key) else { return }
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for index in occurrence.tokens {
                let surface = candidates.terms.surfaces[index]
                for position in surface.start..<surface.end {
                    hash = (hash ^ UInt64(bytes[position])) &* 0x100_0000_01b3
                }
                hash = (hash ^ 0x20) &* 0x100_0000_01b3
            }
            forms[occurrence.key, default: [:]][hash, default: Form(tokens: occurrence.tokens)].count +=
                occurrence.startsSentence ? 1 : 2
        }
    }

    /// The most frequent form of the phrase `key`, its words joined by single spaces.
    func text(of key: UInt64, bytes: UnsafeBufferPointer<UInt8>, terms: TokenTerms) -> String {
        guard let best = forms[key]?.values.max(by: {
            $0.count < $1.count || ($0.count == $1.count && $0.tokens.lowerBound > $1.tokens.lowerBound)
        }) else { return "" }
        return best.tokens.map { index in
            let surface = terms.surfaces[index]
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[surface.start..<surface.end]), as: UTF8.self)
        }.joined(separator: " ")
    }
}
