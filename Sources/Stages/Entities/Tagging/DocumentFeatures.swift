import TextPipeCore

/// The features of every token of a document, as keys for the model: the
/// token itself (word, shape, affixes, list memberships), its neighbours, its
/// place in the sentence, and what the rest of the document says about the word.
struct DocumentFeatures {
    let text: TokenText
    /// Each token's place in a listed phrase (see ``ListedPhrases``), 0 outside one.
    let phrases: [UInt64]
    /// The index of each token's word among the distinct words of the
    /// document (tokens with the same bytes and kind share one).
    let typeOfToken: [Int32]
    /// Per distinct word: its index among the model's frequent words, or
    /// `-1 - i` for the `i`th of ``localTypes``. A frequent word's type is
    /// read from there only when a token of it is scored.
    private let typeCodes: [Int32]
    /// The document's words that are not frequent words, with their
    /// attributes and case habits but no clusters (see ``featureType(_:)``).
    private let localTypes: [WordType]
    /// The frequent words of the model the features were made for.
    let frequentTypes: FrequentTypes
    /// The word clusters, looked up only for words whose features are made:
    /// most words of a document are never scored.
    private let clusters: WordClusters
    /// Words written in lower case somewhere in the document: evidence that
    /// the same word capitalised is a common word.
    private let lowercaseWords: HashedTable<Bool>
    /// How each token's word is usually written.
    private let habits: [CaseProfile.Habit]
    /// The word lists of each token's word.
    let wordClasses: [WordClasses]
    /// Whether each token may be part of a name (see ``mayBeInName(_:in:)``).
    private let nameHints: [NameHint]
    /// The casing of each sentence, at the index of its first token (0 elsewhere).
    private let casingAtStart: [UInt8]
    /// Capitalised heading words the document shows to be common words (see
    /// ``HeadingEvidence``); empty when there are none.
    let commonHeadingWords: [Bool]

    /// Whether a token may be part of a name, as its word tells.
    enum NameHint: UInt8 {
        case never, always, unlessStartingASentence

        init(_ type: WordType) {
            let token = type.attributes
            if token.isCapitalized {
                self = type.habit.isUsuallyLower ? .unlessStartingASentence : .always
            } else {
                self = token.hasCapital || (token.isLowercaseWord && type.habit.isUsuallyCapitalized) ? .always : .never
            }
        }
    }

    /// What the passes over every token need of a word: small, where a
    /// ``WordType`` is large.
    struct WordSummary: Sendable {
        var word: UInt64
        var classes: WordClasses
        var habit: CaseProfile.Habit
        var hint: NameHint
        var isLowercaseWord: Bool

        init(_ type: WordType) {
            word = type.attributes.word
            classes = type.attributes.classes
            habit = type.habit
            hint = NameHint(type)
            isLowercaseWord = type.attributes.isLowercaseWord
        }
    }

    /// A distinct word of the document: what the features need of it, found once.
    struct WordType {
        var attributes: TokenAttributes
        var habit: CaseProfile.Habit
        var cluster: WordClusters.Path?
    }

    /// Lists that make a word a possible name even when it is also a function word ("US", "Jan").
    private static let nameClasses: WordClasses = [.place, .organisation, .givenName, .surname, .phrasePrefix]

    /// The most features one token can have, for sizing buffers.
    static let maximumPerToken = 39 + 3 * WordClasses.bitCount

    /// The features of `text`'s tokens in `sentences`, with words' case habits
    /// from `caseProfile`, clusters from `clusters`, and the types of frequent
    /// words taken from `frequentTypes`.
    init(
        text: TokenText, sentences: [Range<Int>], caseProfile: CaseProfile, clusters: WordClusters = .empty,
        frequentTypes: FrequentTypes = .empty
    ) {
        self.text = text
        self.frequentTypes = frequentTypes
        self.clusters = clusters
        var localTypes: [WordType] = []
        var typeCodes: [Int32] = []
        var typeOfToken: [Int32] = []
        typeOfToken.reserveCapacity(text.count)
        // What the passes over every token need of a word, copied per token.
        var summaries: [WordSummary] = []
        var typeOfBytes = HashedTable<Int32>(capacity: text.count, empty: -1)
        var lowercaseWords = HashedTable<Bool>(capacity: text.count / 2 + 16, empty: false)
        for index in 0..<text.count {
            let key = TokenAttributes.typeKey(text, index)
            if let known = typeOfBytes.value(for: key) {
                typeOfToken.append(known)
                continue
            }
            let summary: WordSummary
            if let frequent = frequentTypes.index(of: key) {
                summary = frequentTypes.summaries[frequent]
                typeCodes.append(Int32(frequent))
            } else {
                let token = TokenAttributes(text, index)
                let wordType = WordType(attributes: token, habit: caseProfile.habit(of: token.word), cluster: nil)
                summary = WordSummary(wordType)
                typeCodes.append(-1 - Int32(localTypes.count))
                localTypes.append(wordType)
            }
            if summary.isLowercaseWord { lowercaseWords.insert(summary.word, true) { $1 } }
            let type = Int32(summaries.count)
            summaries.append(summary)
            typeOfBytes.insert(key, type) { $1 }
            typeOfToken.append(type)
        }
        let wordClasses = typeOfToken.map { summaries[Int($0)].classes }
        let habits = typeOfToken.map { summaries[Int($0)].habit }
        nameHints = typeOfToken.map { summaries[Int($0)].hint }
        self.typeOfToken = typeOfToken
        self.typeCodes = typeCodes
        self.localTypes = localTypes
        phrases = ListedPhrases.marks(in: sentences, of: text, classes: wordClasses) { index in
            Self.wordType(code: typeCodes[Int(typeOfToken[index])], frequentTypes, localTypes).attributes.hasPossessive
        }
        self.wordClasses = wordClasses
        self.lowercaseWords = lowercaseWords
        self.habits = habits
        let casings = sentences.map { SentenceCasing.of($0, in: text) }
        var casingAtStart = [UInt8](repeating: 0, count: text.count)
        for (sentence, casing) in zip(sentences, casings) where !sentence.isEmpty {
            casingAtStart[sentence.lowerBound] = UInt8(casing.rawValue)
        }
        self.casingAtStart = casingAtStart
        commonHeadingWords = HeadingEvidence.commonWords(
            in: text, sentences: sentences, casings: casings, habits: habits
        ) { summaries[Int(typeOfToken[$0])].word }
    }

    /// Whether token `index` of `sentence` may be part of a name: a
    /// capitalised word (but a sentence's first word that the training text
    /// writes in lower case), a word in lower case that it writes
    /// capitalised, or a word with a capital inside ("al-Qaida", "eBay").
    @inline(__always)
    func mayBeInName(_ index: Int, in sentence: Range<Int>) -> Bool {
        switch nameHints[index] {
        case .never: false
        case .always: true
        case .unlessStartingASentence: index != sentence.lowerBound
        }
    }

    /// Whether the word with folded hash `word` is written in lower case somewhere in the document.
    @inline(__always)
    func isSeenInLowercase(_ word: UInt64) -> Bool { lowercaseWords.value(for: word) != nil }

    /// The number of distinct words.
    var typeCount: Int { typeCodes.count }

    /// The index among the model's frequent words of word type `type`, nil when it is none.
    @inline(__always)
    func frequentIndex(ofType type: Int) -> Int? {
        typeCodes[type] >= 0 ? Int(typeCodes[type]) : nil
    }

    /// Word type `type` (a frequent word's with its cluster, another's without).
    @inline(__always)
    func wordType(_ type: Int) -> WordType {
        Self.wordType(code: typeCodes[type], frequentTypes, localTypes)
    }

    /// The word type a type code stands for (see ``typeCodes``).
    @inline(__always)
    private static func wordType(code: Int32, _ frequentTypes: FrequentTypes, _ localTypes: [WordType]) -> WordType {
        code >= 0 ? frequentTypes.types[Int(code)] : localTypes[Int(-1 - code)]
    }

    /// The word type of token `index`.
    @inline(__always)
    func type(of index: Int) -> WordType { wordType(Int(typeOfToken[index])) }

    /// Word type `type` with its cluster: what its feature keys are made from.
    func featureType(_ type: Int) -> WordType {
        var wordType = wordType(type)
        if typeCodes[type] < 0 { wordType.cluster = clusters.path(of: wordType.attributes.word) }
        return wordType
    }

    /// The attributes of token `index`'s word.
    @inline(__always)
    func attributes(of index: Int) -> TokenAttributes { type(of: index).attributes }

    /// The casing of `sentence`, as found when the features were made.
    func casing(of sentence: Range<Int>) -> SentenceCasing {
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
        let classes = wordClasses[index]
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
        func add(_ template: FeatureTemplate, _ value: UInt64) {
            keys[count] = FeatureKey.make(template, value)
            count += 1
        }
        func type(of index: Int) -> WordType? {
            sentence.contains(index) ? featureType(Int(typeOfToken[index])) : nil
        }
        Self.wordKeys(of: type(of: index)!, add)
        Self.neighbourKeys(of: type(of: index - 1), as: Self.asPrevious, add)
        Self.neighbourKeys(of: type(of: index + 1), as: Self.asNext, add)
        Self.secondPreviousWordKeys(of: type(of: index - 2), add)
        Self.secondNextWordKeys(of: type(of: index + 2), add)
        placeKeys(of: index, in: sentence, casing: casing, add)
        return count
    }

    @inline(__always)
    static func forEachBit(of classes: WordClasses, _ body: (UInt64) -> Void) {
        var bits = classes.subtracting(.phrasePrefix).rawValue
        while bits != 0 {
            body(UInt64(bits.trailingZeroBitCount))
            bits &= bits - 1
        }
    }
}
