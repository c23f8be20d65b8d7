import TextPipeCore

/// Finds names (people, organisations, places, MISC) with an ``EntityModel``:
/// features per token, scores per tag, the best BILOU sequence per sentence.
struct NameTagger {
    let model: EntityModel
    private let decoder: SequenceDecoder
    /// The model's frequent words, their features and weights found once.
    let frequentTypes: FrequentTypes

    init(model: EntityModel) {
        self.model = model
        decoder = SequenceDecoder(tags: model.tags, transitions: model.constrainedTransitions)
        frequentTypes = FrequentTypes(model: model)
    }

    /// The names in `sentences` (token ranges of `text`), in order, each with
    /// the confidence its score margin gives, but for runs of a heading's
    /// common words (see ``DocumentFeatures/isHeadingFragment(_:in:)``); long
    /// organisation names are made whole (see ``OrganisationNames``); adjectives of nationality are
    /// MISC and added where the model missed them (see ``DemonymNames``), as
    /// are given names standing alone on a line (see ``LoneGivenNames``); all
    /// made consistent over the document (see ``RepeatedNames``).
    func entities(in text: TokenText, sentences: [Range<Int>]) -> [Entity] {
        let features = DocumentFeatures(
            text: text, sentences: sentences, caseProfile: model.caseProfile, clusters: model.clusters,
            frequentTypes: frequentTypes)
        var typeScores = TypeScores(features: features, model: model)
        var found: [Entity] = []
        var tokenRanges: [Range<Int>] = []
        for sentence in sentences where !sentence.isEmpty {
            for (tokens, label, margin) in names(in: sentence, features: features, typeScores: &typeScores) {
                let labelName = model.labels[label]
                // Product codes and figures: no person or place name begins with a digit.
                let startsWithDigit = ASCII.isDigit(text.firstByte(tokens.lowerBound))
                if startsWithDigit && (labelName == .person || labelName == .location) { continue }
                if features.isHeadingFragment(tokens, in: sentence) { continue }
                found.append(
                    Entity(
                        span: text.span(of: tokens), label: labelName,
                        confidence: model.confidence(margin: margin, label: label)))
                tokenRanges.append(tokens)
            }
        }
        // The rules below ask for words' lists often: the features know them.
        let text = text.withWordClasses(features.wordClasses)
        let withOrganisations = OrganisationNames.completed(
            found, tokenRanges: tokenRanges, in: text, sentences: sentences)
        let withDemonyms = DemonymNames.completed(
            withOrganisations.names, tokenRanges: withOrganisations.tokenRanges, in: text, sentences: sentences)
        let withLoneNames = LoneGivenNames.added(
            to: withDemonyms.names, tokenRanges: withDemonyms.tokenRanges, in: text)
        return RepeatedNames.completed(
            withLoneNames.names, tokenRanges: withLoneNames.tokenRanges, in: text,
            headingCommonWords: features.commonHeadingWords)
    }

    /// How many tokens on each side of a word that may be in a name are scored with it.
    static let reach = 1

    /// The names of one sentence: token ranges, label indices and score
    /// margins. Only tokens within ``reach`` of a word that may be in a name
    /// (see ``DocumentFeatures/mayBeInName(_:in:)``) are scored, every token
    /// of a sentence in lower case; the others are outside any name, so each
    /// stretch of scored tokens is decoded on its own.
    func names(
        in sentence: Range<Int>, features: DocumentFeatures, typeScores: inout TypeScores
    ) -> [(Range<Int>, Int, Float)] {
        let casing = features.casing(of: sentence)
        let stretches = stretchesToScore(in: sentence, casing: casing, features: features)
        guard !stretches.isEmpty else { return [] }
        let tagCount = model.tags.count
        var found: [(Range<Int>, Int, Float)] = []
        for stretch in stretches {
            withUnsafeTemporaryAllocation(of: Float.self, capacity: stretch.count * tagCount) { scores in
                for index in stretch {
                    let tokenScores = scores.baseAddress! + (index - stretch.lowerBound) * tagCount
                    typeScores.score(index, in: sentence, casing: casing, features: features, into: tokenScores)
                    features.restrictions(of: index, in: sentence).apply(to: tokenScores, tagCount: tagCount)
                }
                let edges = SequenceDecoder.Edges(
                    startsSentence: stretch.lowerBound == sentence.lowerBound,
                    endsSentence: stretch.upperBound == sentence.upperBound)
                found += names(in: UnsafeBufferPointer(scores), edges: edges, startingAt: stretch.lowerBound)
            }
        }
        return found
    }

    /// The names a stretch of tokens beginning at token `start` holds, from
    /// their `scores` and what lies beyond them.
    private func names(
        in scores: UnsafeBufferPointer<Float>, edges: SequenceDecoder.Edges, startingAt start: Int
    ) -> [(Range<Int>, Int, Float)] {
        let count = scores.count / model.tags.count
        if decoder.isAllOutside(scores, count: count) { return [] }
        return decoder.names(scores, count: count, edges: edges).map { name in
            (name.tokens.lowerBound + start..<name.tokens.upperBound + start, name.label, name.margin)
        }
    }

    /// The stretches of `sentence` to score, in order (see
    /// ``names(in:features:typeScores:)``): none when no token may be in a name.
    private func stretchesToScore(
        in sentence: Range<Int>, casing: SentenceCasing, features: DocumentFeatures
    ) -> [Range<Int>] {
        if casing == .lowercase { return [sentence] }
        var stretches: [Range<Int>] = []
        func close(_ stretch: Range<Int>) {
            let kept = trimmed(stretch, in: sentence, features: features)
            if !kept.isEmpty { stretches.append(kept) }
        }
        var open: Range<Int>?
        for index in sentence where features.mayBeInName(index, in: sentence) {
            let near = max(sentence.lowerBound, index - Self.reach)..<min(sentence.upperBound, index + Self.reach + 1)
            if let stretch = open, stretch.upperBound >= near.lowerBound {
                open = stretch.lowerBound..<near.upperBound
            } else {
                if let stretch = open { close(stretch) }
                open = near
            }
        }
        if let stretch = open { close(stretch) }
        return stretches
    }

    /// `stretch` without the tokens at its edges that can only be outside a
    /// name: at its start, one that cannot begin a name (nothing before it
    /// is in one); at its end, one that cannot end a name. Leaving them out
    /// changes no sequence's score but by the same amount.
    private func trimmed(_ stretch: Range<Int>, in sentence: Range<Int>, features: DocumentFeatures) -> Range<Int> {
        var start = stretch.lowerBound
        var end = stretch.upperBound
        while start < end && features.restrictions(of: start, in: sentence).contains(.cannotBegin) { start += 1 }
        while end > start && features.restrictions(of: end - 1, in: sentence).contains(.cannotEnd) { end -= 1 }
        return start..<end
    }
}
