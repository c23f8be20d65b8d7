import TextPipeCore

/// The features of every token of a document, as keys for the model: the
/// token itself (word, shape, affixes, list memberships), its neighbours, its
/// place in the sentence, and what the rest of the document says about the word.
struct DocumentFeatures {
    private let text: TokenText
    private let attributes: [TokenAttributes]
    /// Words written in lower case somewhere in the document: evidence that
    /// the same word capitalised is a common word.
    private let lowercaseWords: HashedTable<Bool>
    /// How each token's word is usually written.
    private let habits: [CaseProfile.Habit]
    /// Each token's word cluster, nil for words the clusters do not know.
    private let clusterPaths: [WordClusters.Path?]
    /// The casing of each sentence, at the index of its first token (0 elsewhere).
    private let casingAtStart: [UInt8]
    /// Capitalised heading words the document shows to be common words (see
    /// ``HeadingEvidence``); empty when there are none.
    let commonHeadingWords: [Bool]

    /// Lists that make a word a possible name even when it is also a function word ("US", "Jan").
    private static let nameClasses: WordClasses = [.place, .organisation, .givenName, .surname, .phrasePrefix]

    /// The most features one token can have, for sizing buffers.
    static let maximumPerToken = 39 + 3 * WordClasses.bitCount

    /// Lengths of the cluster-path prefixes that are features of a token: word classes from coarse to exact.
    private static let clusterPrefixLengths = [4, 8, 12, WordClusters.maximumLength]
    /// The prefix length of the neighbours' clusters.
    private static let neighbourClusterLength = 8

    init(text: TokenText, sentences: [Range<Int>], caseProfile: CaseProfile, clusters: WordClusters = .empty) {
        self.text = text
        var attributes: [TokenAttributes] = []
        attributes.reserveCapacity(text.count)
        var lowercaseWords = HashedTable<Bool>(capacity: text.count / 4 + 16, empty: false)
        for index in 0..<text.count {
            let token = TokenAttributes(text, index)
            if token.isLowercaseWord { lowercaseWords.insert(token.word, true) { $1 } }
            attributes.append(token)
        }
        for sentence in sentences { attributes.markPhrases(in: sentence, of: text) }
        self.attributes = attributes
        self.lowercaseWords = lowercaseWords
        habits = attributes.map { caseProfile.habit(of: $0.word) }
        clusterPaths = attributes.map { clusters.path(of: $0.word) }
        let casings = sentences.map { SentenceCasing.of($0, in: text) }
        var casingAtStart = [UInt8](repeating: 0, count: text.count)
        for (sentence, casing) in zip(sentences, casings) where !sentence.isEmpty {
            casingAtStart[sentence.lowerBound] = UInt8(casing.rawValue)
        }
        self.casingAtStart = casingAtStart
        commonHeadingWords = HeadingEvidence.commonWords(
            in: text, sentences: sentences, casings: casings, words: attributes.map(\.word), habits: habits)
    }

    /// The casing of `sentence`, as found when the features were made.
    private func casing(of sentence: Range<Int>) -> SentenceCasing {
        guard !sentence.isEmpty, let casing = SentenceCasing(rawValue: UInt64(casingAtStart[sentence.lowerBound]))
        else { return SentenceCasing.of(sentence, in: text) }
        return casing
    }

    /// The tags token `index` of `sentence` cannot take: names begin and end
    /// on words or numbers, never begin with a function word, a greeting or a
    /// month ("Dear Anna" is the name "Anna"), never run across a line break,
    /// and never take in part of a machine identifier (`notes_v2.txt`) or
    /// run across a dash between fields ("Ana Ruiz - Analyst"); a heading's
    /// common words (see ``HeadingEvidence``) are in no name.
    func restrictions(of index: Int, in sentence: Range<Int>) -> TagRestrictions {
        if !commonHeadingWords.isEmpty && commonHeadingWords[index] { return .outsideOnly }
        var restrictions: TagRestrictions = []
        let kind = text.kind(index)
        if kind == .punctuation || kind == .symbol { restrictions.formUnion([.cannotBegin, .cannotEnd]) }
        if text.isIdentifierPart(index) || text.isSpacedSeparator(index) {
            return .outsideOnly
        }
        let classes = attributes[index].classes
        if classes.contains(.nonEntity) && classes.isDisjoint(with: Self.nameClasses) { restrictions.insert(.cannotBegin) }
        if index > sentence.lowerBound && text.hasLineBreak(before: index) { restrictions.insert(.cannotContinue) }
        return restrictions
    }

    /// Whether `tokens`, a name found in `sentence`, are only the common words
    /// of a heading or a shouted line (see
    /// ``HeadingEvidence/isCommonWordsOnly(_:habits:in:shouted:)``).
    func isHeadingFragment(_ tokens: Range<Int>, in sentence: Range<Int>) -> Bool {
        let casing = casing(of: sentence)
        guard casing == .heading || casing == .shouting else { return false }
        return HeadingEvidence.isCommonWordsOnly(tokens, habits: habits, in: text, shouted: casing == .shouting)
    }

    /// Calls `body` with the feature keys of each token of `sentence` in turn,
    /// `keys` being valid only during the call.
    func forEachToken(in sentence: Range<Int>, _ body: (Int, UnsafeBufferPointer<UInt32>) -> Void) {
        let casing = casing(of: sentence)
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: Self.maximumPerToken) { buffer in
            for index in sentence {
                let count = features(of: index, in: sentence, casing: casing, into: buffer.baseAddress!)
                body(index, UnsafeBufferPointer(start: buffer.baseAddress, count: count))
            }
        }
    }

    private func features(
        of index: Int, in sentence: Range<Int>, casing: SentenceCasing, into keys: UnsafeMutablePointer<UInt32>
    ) -> Int {
        var count = 0
        @inline(__always) func add(_ template: FeatureTemplate, _ value: UInt64) {
            keys[count] = FeatureKey.make(template, value)
            count += 1
        }
        let token = attributes[index]
        let boundary: UInt64 = 0x5EA7
        let previous = index > sentence.lowerBound ? attributes[index - 1] : nil
        let next = index + 1 < sentence.upperBound ? attributes[index + 1] : nil
        let previousWord = previous?.word ?? boundary
        let nextWord = next?.word ?? boundary
        let previousShape = previous?.shortShape ?? boundary
        let nextShape = next?.shortShape ?? boundary

        add(.bias, 0)
        add(.word, token.word)
        add(.exactWord, token.exactWord)
        add(.shape, token.shape)
        add(.shortShape, token.shortShape)
        add(.prefix3, token.prefix3)
        if token.suffix2 != 0 { add(.suffix2, token.suffix2) }
        if token.suffix3 != 0 { add(.suffix3, token.suffix3) }
        if token.suffix4 != 0 { add(.suffix4, token.suffix4) }
        add(.previousWord, previousWord)
        add(.nextWord, nextWord)
        add(.secondPreviousWord, index - 2 >= sentence.lowerBound ? attributes[index - 2].word : boundary)
        add(.secondNextWord, index + 2 < sentence.upperBound ? attributes[index + 2].word : boundary)
        add(.previousShape, previousShape)
        add(.nextShape, nextShape)
        add(.shapeTrigram, FeatureKey.pair(FeatureKey.pair(previousShape, token.shortShape), nextShape))
        add(.previousBigram, FeatureKey.pair(previousWord, token.word))
        add(.nextBigram, FeatureKey.pair(token.word, nextWord))
        let capital: UInt64 = token.isCapitalized ? 1 : 0
        forEachBit(of: token.classes) { add(.classes, $0 << 1 | capital) }
        if let previous { forEachBit(of: previous.classes) { add(.previousClasses, $0) } }
        if let next { forEachBit(of: next.classes) { add(.nextClasses, $0) } }
        if token.phrase != 0 { add(.phrase, token.phrase << 1 | capital) }
        if index == sentence.lowerBound { add(.sentenceStart, token.shortShape) }
        add(.casing, FeatureKey.pair(casing.rawValue, token.shortShape))
        if token.isCapitalized && lowercaseWords.value(for: token.word) != nil {
            add(.seenInLowercase, index == sentence.lowerBound ? 1 : 0)
        }
        if token.hasPossessive { add(.possessive, 0) }
        let start: UInt64 = index == sentence.lowerBound ? 1 : 0
        add(.caseHabit, UInt64(habits[index].rawValue) << 2 | capital << 1 | start)
        if let path = clusterPaths[index] {
            for length in Self.clusterPrefixLengths {
                add(.clusterPrefix, path.prefix(length))
                if length >= Int(path.length) { break }
            }
        }
        if index > sentence.lowerBound, let path = clusterPaths[index - 1] {
            add(.previousCluster, path.prefix(Self.neighbourClusterLength))
        }
        if index + 1 < sentence.upperBound, let path = clusterPaths[index + 1] {
            add(.nextCluster, path.prefix(Self.neighbourClusterLength))
        }
        return count
    }

    @inline(__always)
    private func forEachBit(of classes: WordClasses, _ body: (UInt64) -> Void) {
        var bits = classes.subtracting(.phrasePrefix).rawValue
        while bits != 0 {
            body(UInt64(bits.trailingZeroBitCount))
            bits &= bits - 1
        }
    }
}
