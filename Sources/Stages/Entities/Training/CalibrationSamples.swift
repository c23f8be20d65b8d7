import TextPipeCore

/// The names a model finds in documents with known entities, per label: the
/// score margin of each and whether it is right. Fitted into the model's
/// confidence curves, label by label: the model is wrong more often on some
/// labels (ORG) than on others at the same margin.
struct CalibrationSamples {
    /// Per label index: (margin, whether the name is exactly a gold one).
    private(set) var byLabel: [[(margin: Double, correct: Bool)]]

    /// No samples yet, for a model of `labelCount` labels.
    init(labelCount: Int) {
        byLabel = Array(repeating: [], count: labelCount)
    }

    /// The names `model` finds in `documents`, for the labels their gold uses.
    init(of model: EntityModel, on documents: [EntityTrainingDocument]) {
        self.init(labelCount: model.labels.count)
        let tagger = NameTagger(model: model)
        let scored = Set(documents.flatMap { $0.entities.map(\.label) })
        for training in documents {
            let gold = Set(training.entities.map { GoldKey(start: $0.span.start, end: $0.span.end, label: $0.label) })
            let tokens = training.document.tokens ?? []
            training.document.withUTF8 { bytes in
                let text = TokenText(bytes: bytes, tokens: tokens)
                let sentences = TokenRanges.of(training.document.sentences ?? [], in: text)
                let features = DocumentFeatures(
                    text: text, sentences: sentences, caseProfile: model.caseProfile, clusters: model.clusters)
                var typeScores = TypeScores(features: features, model: model)
                for sentence in sentences where !sentence.isEmpty {
                    for (range, label, margin) in tagger.names(in: sentence, features: features, typeScores: &typeScores)
                    where scored.contains(model.labels[label]) {
                        let span = text.span(of: range)
                        if training.isUnjudged(span, label: model.labels[label]) { continue }
                        let key = GoldKey(start: span.start, end: span.end, label: model.labels[label])
                        byLabel[label].append((Double(margin), gold.contains(key)))
                    }
                }
            }
        }
    }

    /// Adds the samples of `other` (of a model with the same labels).
    mutating func add(_ other: CalibrationSamples) {
        for label in byLabel.indices { byLabel[label] += other.byLabel[label] }
    }

    /// `model` with a logistic curve over the margin fitted per label. A label
    /// with fewer than ``minimumPerLabel`` samples gets the curve of all labels.
    func calibrated(_ model: EntityModel) -> EntityModel {
        let pooled = LogisticFit.fit(byLabel.flatMap { $0 })
        let curves = byLabel.map { $0.count >= Self.minimumPerLabel ? LogisticFit.fit($0) : pooled }
        return model.withConfidence(
            slopes: curves.map { Float($0.slope) }, intercepts: curves.map { Float($0.intercept) })
    }

    /// Fewer names than this give too unsteady a curve for one label.
    static let minimumPerLabel = 50

    private struct GoldKey: Hashable {
        let start: Int
        let end: Int
        let label: EntityLabel
    }
}
