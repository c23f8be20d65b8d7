import TextPipeCore

/// The feature keys of a token, in groups by what they depend on: the word
/// alone, the word as the neighbour of another token, and the token's place
/// (pairs with its neighbours, the sentence, the document). Scoring sums
/// the groups that depend on a word once per word type (see ``TypeScores``);
/// training takes all keys of each token.
extension DocumentFeatures {
    /// The value a missing neighbour (past the sentence's ends) has.
    static let boundary: UInt64 = 0x5EA7

    /// Lengths of the cluster-path prefixes that are features of a token: word classes from coarse to exact.
    static let clusterPrefixLengths = [4, 8, 12, WordClusters.maximumLength]
    /// The prefix length of the neighbours' clusters.
    static let neighbourClusterLength = 8

    /// The keys of the word itself: its forms, shape, affixes, lists, cluster.
    @inline(__always)
    static func wordKeys(of type: WordType, _ add: (FeatureTemplate, UInt64) -> Void) {
        let token = type.attributes
        add(.bias, 0)
        add(.word, token.word)
        add(.exactWord, token.exactWord)
        add(.shape, token.shape)
        add(.shortShape, token.shortShape)
        add(.prefix3, token.prefix3)
        if token.suffix2 != 0 { add(.suffix2, token.suffix2) }
        if token.suffix3 != 0 { add(.suffix3, token.suffix3) }
        if token.suffix4 != 0 { add(.suffix4, token.suffix4) }
        let capital: UInt64 = token.isCapitalized ? 1 : 0
        forEachBit(of: token.classes) { add(.classes, $0 << 1 | capital) }
        if token.hasPossessive { add(.possessive, 0) }
        if let path = type.cluster {
            for length in clusterPrefixLengths {
                add(.clusterPrefix, path.prefix(length))
                if length >= Int(path.length) { break }
            }
        }
    }

    /// The templates of the keys a word gives the token next to it, on one side.
    struct NeighbourTemplates {
        let word: FeatureTemplate
        let shape: FeatureTemplate
        let classes: FeatureTemplate
        let cluster: FeatureTemplate
    }

    /// The keys a word gives the token after it, and the token before it.
    static let asPrevious = NeighbourTemplates(
        word: .previousWord, shape: .previousShape, classes: .previousClasses, cluster: .previousCluster)
    static let asNext = NeighbourTemplates(word: .nextWord, shape: .nextShape, classes: .nextClasses, cluster: .nextCluster)

    /// The keys a word (nil past the sentence's end) gives the token next to
    /// it, with the templates of that side: its word, shape, lists and cluster.
    @inline(__always)
    static func neighbourKeys(
        of type: WordType?, as templates: NeighbourTemplates, _ add: (FeatureTemplate, UInt64) -> Void
    ) {
        add(templates.word, type?.attributes.word ?? boundary)
        add(templates.shape, type?.attributes.shortShape ?? boundary)
        guard let type else { return }
        forEachBit(of: type.attributes.classes) { add(templates.classes, $0) }
        if let path = type.cluster { add(templates.cluster, path.prefix(neighbourClusterLength)) }
    }

    /// The key a word gives the token two after it.
    @inline(__always)
    static func secondPreviousWordKeys(of type: WordType?, _ add: (FeatureTemplate, UInt64) -> Void) {
        add(.secondPreviousWord, type?.attributes.word ?? boundary)
    }

    /// The key a word gives the token two before it.
    @inline(__always)
    static func secondNextWordKeys(of type: WordType?, _ add: (FeatureTemplate, UInt64) -> Void) {
        add(.secondNextWord, type?.attributes.word ?? boundary)
    }

    /// The keys of token `index` in its place: its word paired with its
    /// neighbours', its listed phrase, the sentence's start and casing, and
    /// what the document and the case profile say of its capital.
    @inline(__always)
    func placeKeys(
        of index: Int, in sentence: Range<Int>, casing: SentenceCasing, _ add: (FeatureTemplate, UInt64) -> Void
    ) {
        let type = type(of: index)
        let token = type.attributes
        let isStart = index == sentence.lowerBound
        let previous = isStart ? nil : attributes(of: index - 1)
        let next = index + 1 < sentence.upperBound ? attributes(of: index + 1) : nil
        let previousShape = previous?.shortShape ?? Self.boundary
        let nextShape = next?.shortShape ?? Self.boundary
        add(.shapeTrigram, FeatureKey.pair(FeatureKey.pair(previousShape, token.shortShape), nextShape))
        add(.previousBigram, FeatureKey.pair(previous?.word ?? Self.boundary, token.word))
        add(.nextBigram, FeatureKey.pair(token.word, next?.word ?? Self.boundary))
        let capital: UInt64 = token.isCapitalized ? 1 : 0
        let phrase = phrases[index]
        if phrase != 0 { add(.phrase, phrase << 1 | capital) }
        if isStart { add(.sentenceStart, token.shortShape) }
        add(.casing, FeatureKey.pair(casing.rawValue, token.shortShape))
        if token.isCapitalized && isSeenInLowercase(token.word) { add(.seenInLowercase, isStart ? 1 : 0) }
        add(.caseHabit, UInt64(type.habit.rawValue) << 2 | capital << 1 | (isStart ? 1 : 0))
    }
}
