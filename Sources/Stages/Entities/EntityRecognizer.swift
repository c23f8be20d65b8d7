import TextPipeCore

/// All the entities of a document, from five sources in order of precedence:
/// a user's listed phrases, then the sides and scorers of sports results
/// (see ``ScoreLines``), then the pattern rules (e-mails, URLs, phones,
/// dates, times, amounts), then the places of datelines (see
/// ``Datelines``), then the model's names. Where two overlap the earlier
/// source wins.
struct EntityRecognizer: Sendable {
    let tagger: NameTagger
    let userGazetteer: UserGazetteer?

    /// The entities of `document`, sorted by start and not overlapping. Works
    /// without the segment stage too (tokens made here, the text one sentence).
    func entities(in document: Document) -> [Entity] {
        let tokens = document.tokens ?? WordTokenizer.tokens(in: document.text)
        return document.withUTF8 { bytes in
            let text = TokenText(bytes: bytes, tokens: tokens)
            return entities(in: text, sentences: TokenRanges.of(document.sentences ?? [], in: text))
        }
    }

    func entities(in text: TokenText, sentences: [Range<Int>]) -> [Entity] {
        let listed = userGazetteer?.entities(in: text, sentences: sentences) ?? []
        let layout = ScoreLines.entities(in: text)
        let patterns = Self.patterns(in: text, sentences: sentences).sorted { $0.span < $1.span }
        let datelines = Datelines.entities(in: text, dates: patterns)
        let names = tagger.entities(in: text, sentences: sentences)
        return Self.merge(Self.merge(Self.merge(Self.merge(listed, layout), patterns), datelines), names)
    }

    /// Contact details found on the bytes, then dates, times and amounts in the
    /// stretches of each sentence the contacts left.
    static func patterns(in text: TokenText, sentences: [Range<Int>]) -> [Entity] {
        let contacts = ContactScanner(bytes: text.bytes).entities()
        var claimed = tokensCovered(by: contacts, in: text)
        let matcher = PatternMatcher(text: text)
        var found = contacts
        for sentence in sentences {
            for window in unclaimedStretches(of: sentence, claimed: claimed) {
                for match in matcher.matches(in: window) {
                    found.append(Entity(span: text.span(of: match.tokens), label: match.label, confidence: match.confidence))
                    for index in match.tokens { claimed[index] = true }
                }
            }
        }
        return found
    }

    /// `winners` with those of `others` that overlap none of them, sorted;
    /// both lists sorted by start, neither overlapping itself.
    static func merge(_ winners: [Entity], _ others: [Entity]) -> [Entity] {
        var merged = winners
        var next = 0
        for entity in others {
            while next < winners.count && winners[next].span.end <= entity.span.start { next += 1 }
            if next < winners.count && winners[next].span.start < entity.span.end { continue }
            merged.append(entity)
        }
        return merged.sorted { $0.span < $1.span }
    }

    /// For each token, whether one of `entities` (sorted) overlaps it.
    private static func tokensCovered(by entities: [Entity], in text: TokenText) -> [Bool] {
        var covered = [Bool](repeating: false, count: text.count)
        var next = 0
        for index in 0..<text.count {
            let span = text.tokens[index].span
            while next < entities.count && entities[next].span.end <= span.start { next += 1 }
            if next < entities.count && entities[next].span.overlaps(span) { covered[index] = true }
        }
        return covered
    }

    /// The stretches of `sentence` between claimed tokens.
    private static func unclaimedStretches(of sentence: Range<Int>, claimed: [Bool]) -> [Range<Int>] {
        var stretches: [Range<Int>] = []
        var start = sentence.lowerBound
        for index in sentence where claimed[index] {
            if start < index { stretches.append(start..<index) }
            start = index + 1
        }
        if start < sentence.upperBound { stretches.append(start..<sentence.upperBound) }
        return stretches
    }
}
