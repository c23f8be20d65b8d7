import TextPipeCore

/// Lets short and unsure mentions borrow the label of a name found with
/// confidence elsewhere in the same document: after "John Smith", "Smith"
/// alone is a person; after "Acme Corp", "Acme" is an organisation.
struct MentionAliases {
    let text: TokenText

    /// Candidates at least this sure lend their label to others.
    private static let lendingConfidence = 0.6
    /// The confidence of a label borrowed from another mention.
    private static let borrowedConfidence = 0.7

    /// The entities of `candidates`, each unsure one relabelled when it matches
    /// a sure one; candidates left without a label are dropped.
    func resolve(_ candidates: [NameCandidate]) -> [Entity] {
        var aliases: [UInt64: EntityLabel] = [:]
        for candidate in candidates where candidate.confidence >= Self.lendingConfidence {
            guard let label = candidate.label else { continue }
            aliases[hash(candidate.tokens)] = label
            let last = candidate.tokens.upperBound - 1
            if label == .person && candidate.tokens.count >= 2 && text.isCapitalized(last) {
                aliases[hash(last..<last + 1), default: .person] = .person
            }
            if label == .organization && candidate.tokens.count >= 2
                && text.isWord(last, in: Gazetteer.organisationWords)
            {
                aliases[hash(candidate.tokens.dropLast()), default: .organization] = .organization
            }
        }
        return candidates.compactMap { candidate in
            var candidate = candidate
            if candidate.confidence < Self.lendingConfidence, let label = aliases[hash(candidate.tokens)] {
                candidate.label = label
                candidate.confidence = Self.borrowedConfidence
            }
            guard let label = candidate.label else { return nil }
            return Entity(span: text.span(of: candidate.tokens), label: label, confidence: candidate.confidence)
        }
    }

    private func hash(_ tokens: Range<Int>) -> UInt64 {
        let span = text.span(of: tokens)
        return text.foldedHash(span.start..<span.end)
    }
}
