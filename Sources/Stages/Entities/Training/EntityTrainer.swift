import Foundation
import TextPipeCore

/// Trains an ``EntityModel``: an averaged structured perceptron over BILOU
/// tags with Viterbi decoding, one pass over the shuffled training sentences
/// per epoch, keeping the epoch that scores best on the development documents.
public struct EntityTrainer {
    /// What to train and how.
    public struct Settings: Sendable {
        /// The labels the model learns; gold entities with other labels are ignored.
        public var labels: [EntityLabel] = [.person, .organization, .location, .miscellaneous]
        /// Passes over the training sentences.
        public var epochs = 10
        /// Seeds the order of the sentences and the choice of lower-cased copies.
        public var seed: UInt64 = 1
        /// The share of training documents also added in lower case, so that
        /// names in informal, uncapitalised text are seen too (the three case
        /// shares together at most 1: each document gets at most one variant).
        public var lowercasedShare = 0.0
        /// The share also added in capitals, as in shouted text.
        public var uppercasedShare = 0.0
        /// The share also added with every word capitalised, as in headings.
        public var titlecasedShare = 0.0
        /// The share also added with people named by their given name alone
        /// (see ``GivenNameCopies``), as informal text names them.
        public var givenNameShare = 0.0
        /// Relabel training names the word lists know as only a place (LOC) or
        /// only an organisation (ORG); see ``ListedNameLabels``.
        public var harmonizeListedNames = true
        /// The chance that a feature is left out of one training step, so that
        /// no single feature (a word) carries a decision alone and the general
        /// ones (shape, lists, context) learn too.
        public var featureDropout = 0.0
        /// Features seen fewer times in the training data get no weights.
        public var minimumFeatureCount = 2
        /// Features whose averaged weights all stay under this are left out of the model.
        public var pruneBelow: Float = 0.05
        /// The share of training documents held out of training to calibrate
        /// the confidences on (chosen by the seed, with case copies in the
        /// training shares); without any, the development documents calibrate them.
        public var calibrationShare = 0.0
        /// Perceptrons trained side by side, each with its own sentence order
        /// and dropped features, whose weights are averaged into the model:
        /// steadier than any one of them.
        public var ensembleSize = 1
        /// Calibrate on every training document instead of a held-out share:
        /// the documents fall into folds, one per ensemble member, each member
        /// leaves out its fold, and each document is scored by the member that
        /// did not learn from it. Far more names to fit the curves on, so they
        /// depend less on which documents a seed holds out.
        public var crossCalibration = false

        /// Word clusters whose path prefixes are features (see ``WordClusters``); shipped in the model.
        var clusters = WordClusters.empty

        /// The default settings.
        public init() {}

        /// Reads the word clusters to train with from a `word<TAB>bits` file.
        public mutating func readClusters(fromFile path: String) throws(ClusterFileError) {
            do {
                clusters = try WordClusters.read(fromFile: path)
            } catch {
                throw ClusterFileError(message: error.message)
            }
        }
    }

    /// A cluster file that cannot be read or has a malformed line.
    public struct ClusterFileError: Error {
        /// What is wrong, with the file and line.
        public var message: String
    }

    /// What a training run did.
    public struct Outcome: Sendable {
        /// The model of the best epoch, its confidences calibrated per label on
        /// the held-out training documents (or the development documents).
        public var model: EntityModel
        /// The epoch kept (1-based).
        public var bestEpoch: Int
        /// Its scores on the development documents (empty without them).
        public var devScores: DevScores
        /// How the gold entities of the training documents fitted the tokens.
        public var alignment: AlignmentCounts
    }

    public let settings: Settings

    /// A trainer with `settings`.
    public init(settings: Settings = Settings()) {
        self.settings = settings
    }

    /// Trains on `training` (less the calibration share) an ensemble of
    /// ``Settings/ensembleSize`` perceptrons averaged into one model, choosing
    /// the epoch by exact-match F1 on `dev` (the last epoch when `dev` is empty).
    /// `progress` receives one line per step.
    public func train(
        _ allTraining: [EntityTrainingDocument], dev: [EntityTrainingDocument], progress: (String) -> Void
    ) -> Outcome {
        var random = SeededGenerator(seed: settings.seed)
        let crossFolds = settings.crossCalibration ? max(2, settings.ensembleSize) : 0
        let (training, calibration) = crossFolds > 0 ? (allTraining, []) : heldOut(allTraining, using: &random)
        var relabelled = 0
        let harmonized = !settings.harmonizeListedNames ? training : training.map { document in
            let (result, changed) = ListedNameLabels.harmonized(document)
            relabelled += changed
            return result
        }
        let variants = caseVariants(of: harmonized, using: &random) + givenNameVariants(of: harmonized, using: &random)
        let documents = harmonized + variants.map(\.document)
        // With cross calibration, each document (and its case copy) falls in one fold.
        let originalFolds = harmonized.map { _ in crossFolds > 0 ? Int(random.next() % UInt64(crossFolds)) : 0 }
        let folds = originalFolds + variants.map { originalFolds[$0.source] }
        let clock = ContinuousClock()
        let started = clock.now
        let caseProfile = CaseProfile.learned(from: training.map(\.document))
        let frequentWords = FrequentWords.mostFrequent(in: training.map(\.document), count: Self.frequentWordCount)
        let (set, alignment) = TrainingSet.build(
            from: documents, labels: settings.labels, caseProfile: caseProfile, clusters: settings.clusters,
            minimumCount: settings.minimumFeatureCount)
        progress(
            "features: \(set.keys.count) kept (seen at least \(settings.minimumFeatureCount) times) over "
                + "\(set.tags.count) tokens, \(set.sentenceCount) sentences; \(caseProfile.entries.count) words profiled, "
                + "\(settings.clusters.entries.count) clustered; gold entities: \(alignment.aligned) used, "
                + "\(alignment.misaligned) not on token boundaries (\(alignment.skippedSentences) sentences left out), "
                + "\(alignment.ignored) with other labels ignored, \(relabelled) relabelled by the lists; "
                + "\(seconds(since: started, clock)) s")

        let tags = TagSet(labels: settings.labels)
        let memberCount = max(1, settings.ensembleSize, crossFolds)
        var members = (0..<memberCount).map { _ in AveragedPerceptron(tags: tags, featureCount: set.keys.count) }
        // Member 0 draws from the run's generator, so one member trains as a lone perceptron does.
        var memberRandoms = (1..<memberCount).map { SeededGenerator(seed: settings.seed &+ UInt64($0)) }
        // Each member's sentences: all, or with cross calibration all but its fold's.
        var orders = (0..<memberCount).map { member in
            (0..<set.sentenceCount).filter { crossFolds == 0 || folds[set.sentenceDocuments[$0]] != member }
        }
        var best: (model: EntityModel, members: [EntityModel], epoch: Int, scores: DevScores)?
        for epoch in 1...max(1, settings.epochs) {
            let epochStart = clock.now
            var wrongTokens = trainEpoch(&members[0], on: set, order: &orders[0], using: &random)
            for member in 1..<memberCount {
                wrongTokens += trainEpoch(
                    &members[member], on: set, order: &orders[member], using: &memberRandoms[member - 1])
            }
            let model = AveragedPerceptron.meanModel(
                of: members, keys: set.keys, threshold: settings.pruneBelow, caseProfile: caseProfile,
                clusters: settings.clusters, frequentWords: frequentWords)
            let scores = evaluate(model, on: dev)
            var line = "epoch \(epoch)/\(settings.epochs): \(wrongTokens) training tokens mistagged"
            if !dev.isEmpty { line += "; dev \(scores.summary)" }
            progress(line + "; \(seconds(since: epochStart, clock)) s")
            if best == nil || dev.isEmpty || scores.overall.f1 > best!.scores.overall.f1 {
                let memberModels = crossFolds == 0 ? [] : members.map {
                    AveragedPerceptron.meanModel(
                        of: [$0], keys: set.keys, threshold: settings.pruneBelow, caseProfile: caseProfile,
                        clusters: settings.clusters, frequentWords: frequentWords)
                }
                best = (model, memberModels, epoch, scores)
            }
        }
        let chosen = best!
        progress("kept epoch \(chosen.epoch) (\(chosen.model.featureCount) features); total \(seconds(since: started, clock)) s")
        let samples: CalibrationSamples
        if crossFolds > 0 {
            samples = crossFoldSamples(members: chosen.members, documents: documents, folds: folds)
        } else {
            // The held-out documents with case copies as in training: the curves
            // then also see the weaker margins of lower-case and title-case names.
            let calibrationSet = calibration.isEmpty
                ? dev : calibration + caseVariants(of: calibration, using: &random).map(\.document)
            samples = CalibrationSamples(of: chosen.model, on: calibrationSet)
        }
        let model = samples.calibrated(chosen.model)
        let scores = calibration.isEmpty && crossFolds == 0 ? chosen.scores : evaluate(model, on: dev)
        return Outcome(model: model, bestEpoch: chosen.epoch, devScores: scores, alignment: alignment)
    }

    /// Every training document (copies included) scored by the member that
    /// left its fold out: `members[f]` did not learn from the documents whose
    /// `folds` entry is `f`.
    private func crossFoldSamples(
        members: [EntityModel], documents: [EntityTrainingDocument], folds: [Int]
    ) -> CalibrationSamples {
        var samples = CalibrationSamples(labelCount: settings.labels.count)
        for (fold, member) in members.enumerated() {
            let held = documents.indices.filter { folds[$0] == fold }.map { documents[$0] }
            samples.add(CalibrationSamples(of: member, on: held))
        }
        return samples
    }

    /// One pass of `perceptron` over the sentences of `set` in a new order
    /// drawn from `random` (which also drops features); returns the number of
    /// tokens it mistagged on the way.
    private func trainEpoch(
        _ perceptron: inout AveragedPerceptron, on set: TrainingSet, order: inout [Int],
        using random: inout SeededGenerator
    ) -> Int {
        shuffle(&order, using: &random)
        var wrongTokens = 0
        for sentence in order {
            let tokens = set.sentenceStarts[sentence]..<set.sentenceStarts[sentence + 1]
            let occurrences = set.tokenStarts[tokens.upperBound] - set.tokenStarts[tokens.lowerBound]
            let dropped = (0..<occurrences).map { _ in
                settings.featureDropout > 0 && Double(random.next() >> 11) / Double(1 << 53) < settings.featureDropout
            }
            let predicted = predict(tokens, in: set, with: perceptron, dropped: dropped)
            let gold = Self.gold(
                set.tags[tokens].map(Int.init), accepting: predicted, unlabelled: set.sentenceUnlabelled[sentence])
            let wrong = zip(predicted, gold).filter { $0 != $1 }.count
            if wrong > 0 {
                perceptron.update(tokens: tokens, in: set, gold: gold, predicted: predicted, dropped: dropped)
            }
            wrongTokens += wrong
            perceptron.advance()
        }
        return wrongTokens
    }

    /// How many of the training text's most frequent tokens the model keeps
    /// (see ``EntityModel/frequentWords``): they make up most of any text.
    static let frequentWordCount = 5000

    /// The gold tags of a sentence with the names of `predicted` whose label
    /// the gold leaves unmarked (`unlabelled`, label indices) taken in where
    /// the gold has only `O`: the best labelling the partial gold allows.
    static func gold(_ tags: [Int], accepting predicted: [Int], unlabelled: Set<Int>) -> [Int] {
        guard !unlabelled.isEmpty else { return tags }
        var gold = tags
        for span in TagSet.spans(of: predicted) where unlabelled.contains(span.label) {
            guard span.tokens.allSatisfy({ tags[$0] == TagSet.outside }) else { continue }
            for index in span.tokens { gold[index] = predicted[index] }
        }
        return gold
    }

    /// `documents` split into those to train on and those held out for
    /// calibration, by a seeded draw per document.
    private func heldOut(
        _ documents: [EntityTrainingDocument], using random: inout SeededGenerator
    ) -> (training: [EntityTrainingDocument], calibration: [EntityTrainingDocument]) {
        guard settings.calibrationShare > 0 else { return (documents, []) }
        var training: [EntityTrainingDocument] = []
        var calibration: [EntityTrainingDocument] = []
        for document in documents {
            if Double(random.next() >> 11) / Double(1 << 53) < settings.calibrationShare {
                calibration.append(document)
            } else {
                training.append(document)
            }
        }
        return (training, calibration)
    }

    /// The best tags of one training sentence under the current weights.
    private func predict(
        _ tokens: Range<Int>, in set: TrainingSet, with perceptron: AveragedPerceptron, dropped: [Bool]
    ) -> [Int] {
        let scores = perceptron.scores(of: tokens, in: set, dropped: dropped)
        let decoder = SequenceDecoder(tags: perceptron.tags, transitions: perceptron.constrainedTransitions)
        return scores.withUnsafeBufferPointer { decoder.decode($0, count: tokens.count).tags }
    }

    /// Scores `model` as the stage uses it by default (patterns winning, names
    /// under the default minimum confidence dropped) on `dev`. Before
    /// calibration every name passes: a name's margin is never negative.
    func evaluate(_ model: EntityModel, on dev: [EntityTrainingDocument]) -> DevScores {
        let recognizer = EntityRecognizer(tagger: NameTagger(model: model), userGazetteer: nil)
        let minimum = EntitiesStage.Options().minConfidence
        var scores = DevScores(labels: Set(dev.flatMap { $0.entities.map(\.label) }))
        for document in dev {
            let found = recognizer.entities(in: document.document).filter { ($0.confidence ?? 1) >= minimum }
            scores.add(predicted: found, gold: document.entities)
        }
        return scores
    }

    /// Copies of a share of the documents in lower case, upper case or title
    /// case (ASCII letters only, so byte offsets stay and the tokens, sentences
    /// and gold spans still fit): the capitals of web text say less than news's.
    private func caseVariants(
        of documents: [EntityTrainingDocument], using random: inout SeededGenerator
    ) -> [(source: Int, document: EntityTrainingDocument)] {
        let shares = [settings.lowercasedShare, settings.uppercasedShare, settings.titlecasedShare]
        guard shares.contains(where: { $0 > 0 }) else { return [] }
        return documents.enumerated().compactMap { source, training in
            let draw = Double(random.next() >> 11) / Double(1 << 53)
            var bound = 0.0
            guard let variant = shares.indices.first(where: { bound += shares[$0]; return draw < bound }) else {
                return nil
            }
            var copy = training
            copy.document.text = training.document.withUTF8 { bytes in
                var changed = Array(bytes)
                for (index, byte) in bytes.enumerated() {
                    switch variant {
                    case 0: changed[index] = ASCII.lowercased(byte)
                    case 1: changed[index] = ASCII.isLower(byte) ? byte - 0x20 : byte
                    default:
                        let startsWord = index == 0 || !ASCII.isLetter(bytes[index - 1]) && bytes[index - 1] != UInt8(ascii: "'")
                        if startsWord && ASCII.isLower(byte) && !Self.staysLowerInTitle(bytes, at: index) {
                            changed[index] = byte - 0x20
                        }
                    }
                }
                return String(decoding: changed, as: UTF8.self)
            }
            return (source, copy)
        }
    }

    /// Whether the word starting at `start` keeps its lower case in a title:
    /// a short function word (``HeadlineWords``) that does not begin its line.
    private static func staysLowerInTitle(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        var end = start
        while end < bytes.count && ASCII.isLetter(bytes[end]) { end += 1 }
        var before = start - 1
        while before >= 0 && bytes[before] == UInt8(ascii: " ") { before -= 1 }
        let beginsLine = before < 0 || bytes[before] == UInt8(ascii: "\n")
        return !beginsLine && HeadlineWords.isMinor(bytes, start..<end)
    }

    /// ``GivenNameCopies`` of a share of the documents (those with a person to shorten).
    private func givenNameVariants(
        of documents: [EntityTrainingDocument], using random: inout SeededGenerator
    ) -> [(source: Int, document: EntityTrainingDocument)] {
        guard settings.givenNameShare > 0 else { return [] }
        return documents.enumerated().compactMap { source, training in
            let draw = Double(random.next() >> 11) / Double(1 << 53)
            guard draw < settings.givenNameShare, let copy = GivenNameCopies.copy(of: training) else { return nil }
            return (source, copy)
        }
    }

    /// Fisher–Yates with the seeded generator, the same on every platform.
    private func shuffle(_ order: inout [Int], using random: inout SeededGenerator) {
        guard order.count > 1 else { return }
        for index in stride(from: order.count - 1, to: 0, by: -1) {
            order.swapAt(index, Int(random.next() % UInt64(index + 1)))
        }
    }

    private func seconds(since start: ContinuousClock.Instant, _ clock: ContinuousClock) -> String {
        let elapsed = clock.now - start
        let tenths = elapsed.components.seconds * 10 + elapsed.components.attoseconds / 100_000_000_000_000_000
        return "\(tenths / 10).\(tenths % 10)"
    }
}
