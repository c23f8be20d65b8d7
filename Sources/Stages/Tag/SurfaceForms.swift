import TextPipeCore

/// How chosen keyphrases are most often written. Forms are counted
/// ignoring case ("Interest rates" at a sentence start is "interest rates"),
/// and each keeps an occurrence to print, one inside a sentence where there
/// is one, since only there are its capitals the writer's choice.
struct SurfaceForms {
    private struct Form {
        var count = 0
        var tokens: Range<Int>
        var isInsideSentence: Bool
    }

    private var forms: [UInt64: [UInt64: Form]] = [:]

    /// Counts the forms of the phrases in `keys`.
    init(keys: Set<UInt64>, candidates: KeyphraseCandidates, bytes: UnsafeBufferPointer<UInt8>) {
        candidates.forEachOccurrence { occurrence in
            guard keys.contains(occurrence.key) else { return }
            var surfaceHash = ByteHash()
            for index in occurrence.tokens {
                let surface = candidates.terms.surfaces[index]
                for position in surface.start..<surface.end { surfaceHash.combine(ASCII.lowercased(bytes[position])) }
                surfaceHash.combine(0x20)
            }
            let hash = surfaceHash.value
            let inside = !occurrence.startsSentence
            var form = forms[occurrence.key, default: [:]][hash]
                ?? Form(tokens: occurrence.tokens, isInsideSentence: inside)
            form.count += 1
            if inside && !form.isInsideSentence {
                form.tokens = occurrence.tokens
                form.isInsideSentence = true
            }
            forms[occurrence.key, default: [:]][hash] = form
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
