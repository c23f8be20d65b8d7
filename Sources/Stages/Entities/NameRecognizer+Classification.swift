import TextPipeCore

/// A stretch of name words and what the rules make of it; a nil label means
/// "a name, but unknown", which only a later-mention alias can settle.
struct NameCandidate {
    var tokens: Range<Int>
    var label: EntityLabel?
    var confidence: Double
}

/// What the name rules need to know about the sentence around a name.
struct SentenceContext {
    let range: Range<Int>
    /// The first word of the sentence, whose capital says nothing about names.
    let firstWord: Int?
    /// Whether the sentence is mostly in capitals, so capitals say nothing either.
    let isShouting: Bool
    /// Whether every word is capitalised, as in headings and titles, so only
    /// names the lists vouch for count.
    let isHeading: Bool

    init(text: TokenText, sentence: Range<Int>) {
        range = sentence
        firstWord = sentence.first { text.kind($0) == .word }
        var words = 0
        var shouted = 0
        var capitalised = 0
        for index in sentence where text.kind(index) == .word {
            words += 1
            if text.isAllCaps(index) { shouted += 1 }
            if text.isCapitalized(index) { capitalised += 1 }
        }
        isShouting = words >= 3 && shouted * 2 > words
        isHeading = words >= 2 && capitalised == words
    }

    /// Whether a capital at `index` is owed to position: the sentence's first
    /// word, or the first word after a colon or an opening quote.
    func isInitial(_ index: Int, in text: TokenText) -> Bool {
        if index == firstWord { return true }
        let previous = index - 1
        guard previous >= range.lowerBound, text.kind(previous) == .punctuation else { return false }
        return text.isMark(previous, UInt8(ascii: ":")) || text.isMark(previous, UInt8(ascii: "\""))
            || text.isWord(previous, in: openingQuotes)
    }
}

extension NameRecognizer {
    /// The label of one segment of a run, trying the most reliable evidence first.
    func classify(_ segment: Range<Int>, in context: SentenceContext, lowercaseWords: Set<UInt64>) -> [NameCandidate] {
        var range = segment
        if context.isInitial(range.lowerBound, in: text) && !isKnown(range.lowerBound) {
            let isCommonWord = lowercaseWords.contains(text.foldedHash(text.wordRange(range.lowerBound)))
            if isCommonWord || (range.count > 1 && startsName(range.lowerBound + 1)) {
                range = range.dropFirst()
                while let first = range.first, !isNameWord(first) { range = range.dropFirst() }
            } else if range.count == 1 {
                return [NameCandidate(tokens: range, label: nil, confidence: 0)]
            }
        }
        guard !range.isEmpty else { return [] }
        if let label = knownLabel(range) { return [NameCandidate(tokens: range, label: label, confidence: 0.85)] }
        if context.isShouting { return [] }

        var found: [NameCandidate] = []
        // "US President Joe Biden", "French Foreign Minister …": the place or
        // nationality is a name of its own.
        if range.count > 2, text.isWord(range.lowerBound + 1, in: Gazetteer.titles),
            let label = knownLabel(range.lowerBound..<range.lowerBound + 1)
        {
            found.append(NameCandidate(tokens: range.lowerBound..<range.lowerBound + 1, label: label, confidence: 0.85))
            range = range.dropFirst()
        }
        found.append(contentsOf: classifyUnlisted(range, in: context, lowercaseWords: lowercaseWords))
        return found
    }

    /// Rules for names not in the lists as a whole, from word-level evidence to guesses.
    private func classifyUnlisted(
        _ range: Range<Int>, in context: SentenceContext, lowercaseWords: Set<UInt64>
    ) -> [NameCandidate] {
        let first = range.lowerBound
        let last = range.upperBound - 1
        func candidate(_ label: EntityLabel?, _ confidence: Double, _ tokens: Range<Int>? = nil) -> [NameCandidate] {
            [NameCandidate(tokens: tokens ?? range, label: label, confidence: confidence)]
        }
        if range.count > 1 && hasOrganisationWord(range) { return candidate(.organization, 0.8) }
        if range.count > 2 && range.contains(where: { text.isWord($0, "of") && text.isWord($0 - 1, in: Gazetteer.placeHeads) }) {
            return candidate(.location, 0.75)
        }
        if range.count > 1 {
            let rest = range.dropFirst()
            if text.isWord(last, in: Gazetteer.placeSuffixes) || text.isWord(first, in: Gazetteer.placePrefixes)
                || (text.isWord(first, in: Gazetteer.compassWords) && text.isPhrase(rest, in: Gazetteer.places))
            {
                return candidate(.location, 0.75)
            }
        }
        var afterTitles = first
        while afterTitles < range.upperBound
            && (text.isWord(afterTitles, in: Gazetteer.titles) || text.kind(afterTitles) == .punctuation)
        {
            afterTitles += 1
        }
        if afterTitles > first {
            return afterTitles < range.upperBound ? candidate(.person, 0.85, afterTitles..<range.upperBound) : []
        }
        if text.isWord(first, in: Gazetteer.givenNames) { return candidate(.person, range.count == 1 ? 0.65 : 0.75) }
        let previous = first - 1
        let hasPrevious = previous >= context.range.lowerBound
        if hasPrevious && text.kind(previous) == .word && text.isWord(previous, in: Gazetteer.greetings)
            && range.count <= 3
        {
            return candidate(.person, 0.6)
        }
        if text.isWord(first, in: Gazetteer.demonyms) { return candidate(.miscellaneous, 0.5) }
        if context.isHeading { return [] }
        if range.count == 1 && text.isAllCaps(first) && text.length(first) <= 5
            && !text.isWord(first, in: Gazetteer.nonEntityAcronyms)
            && !lowercaseWords.contains(text.foldedHash(text.wordRange(first)))
        {
            return candidate(.organization, 0.5)
        }
        if hasPrevious && text.kind(previous) == .word && !text.isCapitalized(previous)
            && text.isWord(previous, in: Gazetteer.placeCues) && range.count <= 3
        {
            return candidate(.location, 0.5)
        }
        switch range.count {
        case 1:
            let isCommonWord = lowercaseWords.contains(text.foldedHash(text.wordRange(first)))
            return isCommonWord ? [] : candidate(nil, 0)
        case 2...3:
            // Two or three unknown words look like a person's name only when
            // none of them is a common word written in lower case elsewhere.
            let looksLikeName = range.allSatisfy { index in
                text.kind(index) != .word
                    || (!text.isAllCaps(index) && !lowercaseWords.contains(text.foldedHash(text.wordRange(index))))
            }
            return looksLikeName ? candidate(.person, 0.4) : candidate(nil, 0)
        default:
            return candidate(.miscellaneous, 0.3)
        }
    }

    /// The label of a name found whole in the lists.
    func knownLabel(_ range: Range<Int>) -> EntityLabel? {
        if text.isPhrase(range, in: Gazetteer.places) { return .location }
        if text.isPhrase(range, in: Gazetteer.organisations) { return .organization }
        if range.count == 1 && text.isWord(range.lowerBound, in: Gazetteer.demonyms) { return .miscellaneous }
        return nil
    }

    /// Whether a word is in any list that makes it part of a name.
    private func isKnown(_ index: Int) -> Bool {
        startsName(index) || text.isWord(index, in: Gazetteer.organisationWords)
    }

    /// Whether a word is listed as the start of a name: a given name, a title or a whole listed name.
    /// ("Visit Paris" and "Thanks Anna" then lose their first word; "Initech Holdings" does not.)
    private func startsName(_ index: Int) -> Bool {
        text.isWord(index, in: Gazetteer.givenNames) || text.isWord(index, in: Gazetteer.titles)
            || knownLabel(index..<index + 1) != nil
    }

    /// An organisation word after the first word ("Acme Corp"), or heading an
    /// "of" phrase ("University of Chicago").
    private func hasOrganisationWord(_ range: Range<Int>) -> Bool {
        for index in range.dropFirst() where text.kind(index) == .word {
            if text.isCapitalized(index) && text.isWord(index, in: Gazetteer.organisationWords) { return true }
            if text.isWord(index, "of") && text.isWord(index - 1, in: Gazetteer.organisationHeads) { return true }
        }
        return false
    }
}

private let openingQuotes = WordSet(["“", "‘", "«"])
