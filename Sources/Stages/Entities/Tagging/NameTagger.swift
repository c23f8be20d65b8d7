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
        let typeScores = TypeScores(features: features, model: model)
        var found: [Entity] = []
        var tokenRanges: [Range<Int>] = []
        for sentence in sentences where !sentence.isEmpty {
            for (tokens, label, margin) in names(in: sentence, features: features, typeScores: typeScores) {
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

    /// The names of one sentence: token ranges, label indices and score margins.
    func names(
        in sentence: Range<Int>, features: DocumentFeatures, typeScores: TypeScores
    ) -> [(Range<Int>, Int, Float)] {
        let tagCount = model.tags.count
        var scores = [Float](repeating: 0, count: sentence.count * tagCount)
        let casing = features.casing(of: sentence)
        scores.withUnsafeMutableBufferPointer { scores in
            for index in sentence {
                let tokenScores = scores.baseAddress! + (index - sentence.lowerBound) * tagCount
                typeScores.score(index, in: sentence, casing: casing, features: features, into: tokenScores)
                features.restrictions(of: index, in: sentence).apply(to: tokenScores, tagCount: tagCount)
            }
        }
        return scores.withUnsafeBufferPointer { scores in
            if decoder.isAllOutside(scores, count: sentence.count) { return [] }
            let (tags, forward) = decoder.decode(scores, count: sentence.count)
            let spans = TagSet.spans(of: tags)
            guard !spans.isEmpty else { return [] }
            let margins = decoder.margins(scores, count: sentence.count, tags: tags, forward: forward)
            return spans.map { span in
                let shifted = span.tokens.lowerBound + sentence.lowerBound..<span.tokens.upperBound + sentence.lowerBound
                return (shifted, span.label, span.tokens.map { margins[$0] }.min() ?? 0)
            }
        }
    }
}
