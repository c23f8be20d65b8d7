import TextPipeCore

/// Long organisation names are found whole: a run of capitalised words,
/// joined perhaps by "of" or "for", whose head is an organisation word
/// ("Bank of England", "University of California", "Collective Security
/// Treaty Organization") is an organisation, where the model missed it,
/// found only parts of it, or found it with little confidence. A run the
/// model read as something else, a listed place ("Soviet Union"), and the
/// runs of headings and shouted lines (whose capitals say nothing) are left
/// to the model.
enum OrganisationNames {
    /// The least confidence such a name has.
    static let confidence = 0.7

    /// `names` (sorted, not overlapping, with their `tokenRanges`) with the
    /// organisation runs of `sentences` put in; returns the token ranges of
    /// all names in the same order.
    static func completed(
        _ names: [Entity], tokenRanges: [Range<Int>], in text: TokenText, sentences: [Range<Int>]
    ) -> (names: [Entity], tokenRanges: [Range<Int>]) {
        var names = names
        var tokenRanges = tokenRanges
        var added: [(Entity, Range<Int>)] = []
        for sentence in sentences {
            var index = sentence.lowerBound
            while index < sentence.upperBound {
                guard let run = capitalisedRun(from: index, in: sentence, of: text) else {
                    index += 1
                    continue
                }
                index = run.upperBound
                guard isOrganisation(run, in: text), !isPlainCapitals(sentence, in: text) else { continue }
                let overlapping = tokenRanges.indices.filter { tokenRanges[$0].overlaps(run) }
                if overlapping.isEmpty {
                    added.append((Entity(span: text.span(of: run), label: .organization, confidence: confidence), run))
                } else if overlapping.count == 1, tokenRanges[overlapping[0]] == run {
                    guard names[overlapping[0]].label == .organization else { continue }
                    names[overlapping[0]].confidence = max(names[overlapping[0]].confidence ?? 1, confidence)
                } else if overlapping.allSatisfy({
                    tokenRanges[$0].lowerBound >= run.lowerBound && tokenRanges[$0].upperBound <= run.upperBound
                }) {
                    for position in overlapping.reversed() {
                        names.remove(at: position)
                        tokenRanges.remove(at: position)
                    }
                    added.append((Entity(span: text.span(of: run), label: .organization, confidence: confidence), run))
                }
            }
        }
        return FoundNames.merging(names, tokenRanges, with: added)
    }

    /// The run of capitalised words from `start` ("Bank of England"): words
    /// that are not function words, joined by single spaces or by "of" and
    /// "for" after an organisation word ("Anna Berg of Globex Corp" is two
    /// names); nil when fewer than two words make it. A
    /// run begins after an adjective of nationality ("Russian Air Force" is
    /// MISC and ORG, see ``DemonymNames``).
    private static func capitalisedRun(from start: Int, in sentence: Range<Int>, of text: TokenText) -> Range<Int>? {
        guard isNameWord(start, in: text), !text.wordClasses(start).contains(.demonym) else { return nil }
        var end = start + 1
        while end < sentence.upperBound && !text.hasLineBreak(before: end) {
            if isNameWord(end, in: text) {
                end += 1
            } else if end + 1 < sentence.upperBound, text.isWord(end, "of") || text.isWord(end, "for"),
                !text.isCapitalized(end), text.wordClasses(end - 1).contains(.organisationWord),
                isNameWord(end + 1, in: text), !text.hasLineBreak(before: end + 1)
            {
                end += 2
            } else {
                break
            }
        }
        return end - start >= 2 ? start..<end : nil
    }

    /// A capitalised word that is no function word, title or month.
    private static func isNameWord(_ index: Int, in text: TokenText) -> Bool {
        guard text.kind(index) == .word, text.isCapitalized(index) else { return false }
        return text.wordClasses(index).isDisjoint(with: [.nonEntity, .title])
    }

    /// Whether `run` ends on an organisation word or joins one to a name by
    /// "of" or "for", and is not a listed place.
    private static func isOrganisation(_ run: Range<Int>, in text: TokenText) -> Bool {
        let hasHead = text.wordClasses(run.upperBound - 1).contains(.organisationWord)
            || run.contains { text.isWord($0, "of") || text.isWord($0, "for") }
        guard hasHead else { return false }
        let span = text.span(of: run)
        return !Gazetteer.classes(FoldedHash.of(text.bytes, span.start..<span.end)).contains(.place)
    }

    /// Whether `sentence` is a heading or shouted, where capitals mark no names.
    private static func isPlainCapitals(_ sentence: Range<Int>, in text: TokenText) -> Bool {
        let casing = SentenceCasing.of(sentence, in: text)
        return casing == .heading || casing == .shouting
    }
}
