import TextPipeCore

/// A training or development document: its text with tokens and sentences
/// (as the segment stage gives them) and the entities it should get.
public struct EntityTrainingDocument: Sendable {
    /// The document, with ``Document/tokens`` and ``Document/sentences`` set.
    public var document: Document
    /// The gold entities, in UTF-8 byte offsets.
    public var entities: [Entity]
    /// Labels whose names the gold leaves unmarked (a corpus without MISC):
    /// a name the model finds with one of them where the gold marks nothing
    /// is not counted wrong, in training or calibration.
    public var unlabelled: Set<EntityLabel>

    /// Creates a training document.
    public init(document: Document, entities: [Entity], unlabelled: Set<EntityLabel> = []) {
        self.document = document
        self.entities = entities
        self.unlabelled = unlabelled
    }

    /// Whether a found name with `label` over `span` is outside what the gold
    /// judges: its label is unlabelled here and no gold name overlaps it.
    func isUnjudged(_ span: Span, label: EntityLabel) -> Bool {
        unlabelled.contains(label) && !entities.contains { $0.span.overlaps(span) }
    }
}

/// A sentence of a training document with the gold tag of each token.
struct TaggedSentence {
    /// The sentence's tokens, as indices into the document's tokens.
    var tokens: Range<Int>
    /// One tag per token.
    var tags: [Int]
}

/// How well the gold entities fitted the tokens.
public struct AlignmentCounts: Sendable, Hashable {
    /// Entities whose start and end fell on token boundaries, used for training.
    public var aligned = 0
    /// Entities that started or ended inside a token, or spanned two sentences;
    /// their sentences are left out of training.
    public var misaligned = 0
    /// Entities with a label the model does not learn (DATE from training data).
    public var ignored = 0
    /// Sentences used and left out.
    public var sentences = 0
    public var skippedSentences = 0

    /// Adds another document's counts.
    mutating func add(_ other: AlignmentCounts) {
        aligned += other.aligned
        misaligned += other.misaligned
        ignored += other.ignored
        sentences += other.sentences
        skippedSentences += other.skippedSentences
    }
}

extension EntityTrainingDocument {
    /// The document's sentences with gold tags over `labels`; sentences where
    /// a gold entity does not fit the tokens are left out and counted.
    func taggedSentences(labels: [EntityLabel], text: TokenText) -> ([TaggedSentence], AlignmentCounts) {
        var counts = AlignmentCounts()
        let sentenceRanges = TokenRanges.of(document.sentences ?? [], in: text)
        var sentenceOfToken = [Int](repeating: -1, count: text.count)
        for (number, range) in sentenceRanges.enumerated() {
            for index in range { sentenceOfToken[index] = number }
        }
        var tokenAtStart: [Int: Int] = [:]
        var tokenAtEnd: [Int: Int] = [:]
        for index in 0..<text.count {
            tokenAtStart[text.start(index)] = index
            tokenAtEnd[text.end(index)] = index
            tokenAtEnd[text.wordRange(index).upperBound] = index
        }
        var spans = [[(tokens: Range<Int>, label: Int)]](repeating: [], count: sentenceRanges.count)
        var broken = Set<Int>()
        for entity in entities.sorted(by: { $0.span < $1.span }) {
            guard let label = labels.firstIndex(of: entity.label) else {
                counts.ignored += 1
                continue
            }
            guard let first = tokenAtStart[entity.span.start], let last = tokenAtEnd[entity.span.end], first <= last,
                sentenceOfToken[first] >= 0, sentenceOfToken[first] == sentenceOfToken[last]
            else {
                counts.misaligned += 1
                for position in [entity.span.start, entity.span.end - 1] {
                    if let sentence = sentence(containing: position, sentenceRanges, text) { broken.insert(sentence) }
                }
                continue
            }
            let sentence = sentenceOfToken[first]
            let range = sentenceRanges[sentence]
            if let previous = spans[sentence].last, previous.tokens.upperBound > first - range.lowerBound {
                counts.misaligned += 1
                broken.insert(sentence)
                continue
            }
            spans[sentence].append((first - range.lowerBound..<last + 1 - range.lowerBound, label))
            counts.aligned += 1
        }
        var tagged: [TaggedSentence] = []
        for (number, range) in sentenceRanges.enumerated() where !range.isEmpty {
            if broken.contains(number) {
                counts.skippedSentences += 1
                counts.aligned -= spans[number].count
                continue
            }
            counts.sentences += 1
            tagged.append(TaggedSentence(tokens: range, tags: TagSet.tags(length: range.count, spans: spans[number])))
        }
        return (tagged, counts)
    }

    /// The sentence whose tokens cover byte `position`, if any.
    private func sentence(containing position: Int, _ ranges: [Range<Int>], _ text: TokenText) -> Int? {
        ranges.firstIndex { range in
            !range.isEmpty && text.start(range.lowerBound) <= position && position < text.end(range.upperBound - 1)
        }
    }
}
