import TextPipeCore

/// Finds people, organisations, places and other names (MISC) in runs of
/// capitalised words, by the ``Gazetteer`` lists and a few heuristics.
///
/// Kept apart from the pattern rules so that a trained model can replace it:
/// it only needs the tokens, the sentences and the tokens patterns already took.
struct NameRecognizer {
    let text: TokenText
    /// Tokens taken by pattern entities; names never include them.
    let claimed: [Bool]

    /// The names in `sentences` (token ranges), in order, after later mentions
    /// have borrowed the labels of earlier full names.
    func entities(in sentences: [Range<Int>]) -> [Entity] {
        let lowercaseWords = lowercaseWordHashes()
        var candidates: [NameCandidate] = []
        for sentence in sentences {
            let context = SentenceContext(text: text, sentence: sentence)
            let runs = runs(in: sentence)
            for run in runs {
                for segment in segments(of: run) {
                    candidates += classify(segment, in: context, lowercaseWords: lowercaseWords)
                }
            }
            candidates += lowercasePlaces(in: sentence, outside: runs)
        }
        return MentionAliases(text: text).resolve(candidates.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound })
    }

    /// Places written in lower case, as informal text does ("flew to kerala"),
    /// leaving out place names that are also common words ("turkey", "china").
    private func lowercasePlaces(in sentence: Range<Int>, outside runs: [Range<Int>]) -> [NameCandidate] {
        var found: [NameCandidate] = []
        var nextRun = 0
        var index = sentence.lowerBound
        while index < sentence.upperBound {
            while nextRun < runs.count && runs[nextRun].upperBound <= index { nextRun += 1 }
            let limit = nextRun < runs.count ? min(runs[nextRun].lowerBound, sentence.upperBound) : sentence.upperBound
            guard index < limit else {
                index = runs[nextRun].upperBound
                continue
            }
            guard text.kind(index) == .word, !claimed[index], ASCII.isLower(text.firstByte(index)) else {
                index += 1
                continue
            }
            let longest = stride(from: min(3, limit - index), through: 1, by: -1).first { length in
                let range = index..<index + length
                return !range.contains { claimed[$0] } && text.isPhrase(range, in: Gazetteer.places)
                    && !(length == 1 && text.isWord(index, in: Gazetteer.lowercaseAmbiguousPlaces))
            }
            if let longest {
                found.append(NameCandidate(tokens: index..<index + longest, label: .location, confidence: 0.6))
                index += longest
            } else {
                index += 1
            }
        }
        return found
    }

    /// Whether the token can be (part of) a name: a capitalised word that is
    /// not a function word, unless it is a known all-capital name ("US").
    func isNameWord(_ index: Int) -> Bool {
        guard text.kind(index) == .word, !claimed[index], text.isCapitalized(index) else { return false }
        if text.isAllCaps(index)
            && (text.isWord(index, in: Gazetteer.places) || text.isWord(index, in: Gazetteer.organisations))
        {
            return true
        }
        return !text.isWord(index, in: Gazetteer.nonEntities) && !text.isWord(index, in: Stopwords.english)
    }

    // MARK: - Runs and segments

    /// Maximal runs of name words in `sentence`, held together by particles
    /// ("van"), connectors ("of", "&") and the dots of initials ("John F. Kennedy").
    private func runs(in sentence: Range<Int>) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var index = sentence.lowerBound
        while index < sentence.upperBound {
            guard isNameWord(index) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < sentence.upperBound && !hasPossessive(end - 1) {
                if isNameWord(end) {
                    end += 1
                } else if let link = linkLength(at: end, in: sentence) {
                    end += link + 1
                } else {
                    break
                }
            }
            end = withCorporateSuffix(after: end, in: sentence)
            runs.append(index..<end)
            index = end
        }
        return runs
    }

    /// The number of tokens at `index` that link the name word before them to
    /// a name word right after them, or nil.
    private func linkLength(at index: Int, in sentence: Range<Int>) -> Int? {
        var length = 0
        if text.isMark(index, UInt8(ascii: ".")) {
            let previous = index - 1
            let isAbbreviation = text.isGluedToNext(previous)
                && (text.length(previous) == 1 || text.isWord(previous, in: Gazetteer.titles))
            length = isAbbreviation ? 1 : 0
        } else if text.isMark(index, UInt8(ascii: "&")) {
            length = 1
        } else if text.kind(index) == .word && !text.isCapitalized(index) {
            if text.isWord(index, in: Gazetteer.particles) || text.isWord(index, in: connectors) {
                length = text.isWord(index, "of") && index + 1 < sentence.upperBound && text.isWord(index + 1, "the")
                    ? 2 : 1
            }
        }
        guard length > 0, index + length < sentence.upperBound, isNameWord(index + length) else { return nil }
        return length
    }

    /// The end of a run taking a following ", Inc." or the dot of "Corp.".
    private func withCorporateSuffix(after end: Int, in sentence: Range<Int>) -> Int {
        var end = end
        if end + 1 < sentence.upperBound && text.isMark(end, UInt8(ascii: ",")) && text.isCapitalized(end + 1)
            && text.isWord(end + 1, in: corporateSuffixes)
        {
            end += 2
        }
        if end < sentence.upperBound && text.isMark(end, UInt8(ascii: ".")) && text.isGluedToNext(end - 1)
            && text.isWord(end - 1, in: corporateSuffixes)
        {
            end += 1
        }
        return end
    }

    /// Splits a run at its connectors unless they join parts of one name:
    /// "Bank of America", "Procter & Gamble" and "Ministry of Trade and Industry"
    /// stay whole; "John and Mary" and "President of France" split.
    private func segments(of run: Range<Int>) -> [Range<Int>] {
        var segments: [Range<Int>] = []
        var segmentStart = run.lowerBound
        var joinedByOf = false
        var index = run.lowerBound
        while index < run.upperBound {
            guard isConnector(index) else {
                index += 1
                continue
            }
            var next = index + 1
            while next < run.upperBound && isConnector(next) { next += 1 }
            let head = index - 1
            let keep: Bool
            if text.isMark(index, UInt8(ascii: "&")) {
                keep = true
            } else if text.isWord(index, "and") {
                var partEnd = next
                while partEnd < run.upperBound && !isConnector(partEnd) { partEnd += 1 }
                keep = joinedByOf || text.isWord(partEnd - 1, in: Gazetteer.organisationWords)
            } else {
                keep = text.isWord(head, in: Gazetteer.organisationHeads) || text.isWord(head, in: Gazetteer.placeHeads)
                    || text.isWord(head, in: Gazetteer.organisationWords)
                joinedByOf = joinedByOf || keep
            }
            if !keep {
                segments.append(segmentStart..<index)
                segmentStart = next
                joinedByOf = false
            }
            index = next
        }
        segments.append(segmentStart..<run.upperBound)
        return segments
    }

    private func isConnector(_ index: Int) -> Bool {
        text.isMark(index, UInt8(ascii: "&"))
            || (text.kind(index) == .word && !text.isCapitalized(index)
                && (text.isWord(index, in: connectors) || text.isWord(index, "the")))
    }

    private func hasPossessive(_ index: Int) -> Bool {
        text.wordRange(index).upperBound != text.end(index)
    }

    /// Hashes of the words written in lower case somewhere in the document:
    /// evidence that the same word capitalised at a sentence start is a common word.
    private func lowercaseWordHashes() -> Set<UInt64> {
        var hashes: Set<UInt64> = []
        for index in 0..<text.count where text.kind(index) == .word && ASCII.isLower(text.firstByte(index)) {
            hashes.insert(text.foldedHash(text.wordRange(index)))
        }
        return hashes
    }
}

/// Abbreviations that end company names.
private let corporateSuffixes = WordSet(["inc", "corp", "ltd", "co", "llc", "plc", "bros", "pvt", "gmbh"])

/// Lower-case words that may join the parts of an organisation or place name
/// ("the" only after "of": "Bank of the West").
private let connectors = WordSet(["of", "for", "on", "and"])
