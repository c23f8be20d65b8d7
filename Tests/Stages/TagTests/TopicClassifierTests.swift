import Foundation
import Testing
import TextPipeCore
@testable import TextPipeTag

/// A tiny hand-written corpus in three topics that a classifier must learn.
enum TinyCorpus {
    static let labels = ["cooking", "gardening", "sailing"]

    static let texts: [(label: Int, text: String)] = [
        (0, "Bake the bread in a hot oven until the crust turns golden."),
        (0, "Chop the onions, fry them in butter and add the garlic to the pan."),
        (0, "Whisk the eggs with sugar and flour, then bake the cake for an hour."),
        (0, "Season the soup with salt and pepper and simmer the stock slowly."),
        (0, "Roast the chicken in the oven and serve the sauce from the pan."),
        (0, "Knead the dough, let the bread rise, then bake it in the oven."),
        (1, "Plant the seeds in rich soil and water the seedlings every morning."),
        (1, "Prune the roses in winter and spread compost around the shrubs."),
        (1, "Dig the vegetable bed, add compost and sow the carrot seeds in rows."),
        (1, "Weed the flower beds and mulch the soil to keep the roots moist."),
        (1, "Water the tomato plants and pick off the slugs from the lettuce leaves."),
        (1, "Repot the seedlings into bigger pots once the roots fill the soil."),
        (2, "Hoist the mainsail, trim the jib and steer the boat into the wind."),
        (2, "The crew reefed the sails as the storm built over the harbour."),
        (2, "Drop the anchor in the bay and lower the dinghy from the deck."),
        (2, "Tack the yacht across the channel and watch the tide near the buoy."),
        (2, "The skipper checked the rigging and the keel before leaving the harbour."),
        (2, "Furl the jib, tie the boat to the mooring and coil the ropes on deck."),
    ]

    static var examples: [TopicModelTrainer.Example] {
        texts.map { TopicModelTrainer.Example(terms: TopicTerms(text: $0.text, hashBits: 16), label: $0.label) }
    }

    static var settings: TopicModelTrainer.Settings {
        var settings = TopicModelTrainer.Settings()
        settings.hashBits = 16
        settings.minDocumentFrequency = 1
        return settings
    }

    static func model() throws -> TopicModel {
        try TopicModelTrainer(settings: settings).train(labels: labels, examples: examples)
    }
}

@Suite struct TopicClassifierTests {
    private func best(_ model: TopicModel, _ text: String) throws -> String {
        let probabilities = try #require(model.probabilities(of: TopicTerms(text: text, hashBits: model.hashBits)))
        return model.labels[TopicCrossValidation.best(probabilities)]
    }

    @Test func learnsTheTinyCorpus() throws {
        let model = try TinyCorpus.model()
        for (label, text) in TinyCorpus.texts { #expect(try best(model, text) == TinyCorpus.labels[label], "\(text)") }
    }

    @Test func generalisesToNewSentences() throws {
        let model = try TinyCorpus.model()
        #expect(try best(model, "Put the cake in the oven and bake it with butter.") == "cooking")
        #expect(try best(model, "Sow the seeds in fresh compost and water the soil.") == "gardening")
        #expect(try best(model, "The crew raised the sails and left the harbour on the tide.") == "sailing")
    }

    @Test func probabilitiesFormADistribution() throws {
        let model = try TinyCorpus.model()
        let probabilities = try #require(model.probabilities(of: TopicTerms(text: "Bake the bread.", hashBits: 16)))
        #expect(probabilities.count == 3)
        #expect(abs(probabilities.reduce(0, +) - 1) < 1e-9)
        #expect(probabilities.allSatisfy { $0 > 0 && $0 < 1 })
    }

    @Test func textWithNoKnownTermHasNoProbabilities() throws {
        let model = try TinyCorpus.model()
        #expect(model.probabilities(of: TopicTerms(text: "Quantum physicists measured neutrinos.", hashBits: 16)) == nil)
        #expect(model.probabilities(of: TopicTerms(text: "", hashBits: 16)) == nil)
    }

    @Test func trainingIsDeterministic() throws {
        let first = try TinyCorpus.model()
        let second = try TinyCorpus.model()
        #expect(first == second)
        #expect(first.fileData() == second.fileData())
        var reseeded = TinyCorpus.settings
        reseeded.seed = 7
        let other = try TopicModelTrainer(settings: reseeded).train(labels: TinyCorpus.labels, examples: TinyCorpus.examples)
        #expect(other.fileData() != first.fileData())
    }

    @Test(arguments: [0.2, 1.0])
    func naiveBayesBlendLearnsTheTinyCorpusAndChangesTheWeights(share: Double) throws {
        var settings = TinyCorpus.settings
        settings.naiveBayesShare = share
        let blended = try TopicModelTrainer(settings: settings).train(labels: TinyCorpus.labels, examples: TinyCorpus.examples)
        for (label, text) in TinyCorpus.texts { #expect(try best(blended, text) == TinyCorpus.labels[label], "\(text)") }
        #expect(try best(blended, "Put the cake in the oven and bake it with butter.") == "cooking")
        #expect(blended.fileData() != (try TinyCorpus.model()).fileData())
    }

    @Test(arguments: [(-0.1, 0.1), (1.5, 0.1), (0.2, 0.0)])
    func naiveBayesSettingsOutOfRangeAreRejected(share: Double, smoothing: Double) {
        var settings = TinyCorpus.settings
        settings.naiveBayesShare = share
        settings.naiveBayesSmoothing = smoothing
        #expect(throws: StageError.self) {
            try TopicModelTrainer(settings: settings).train(labels: TinyCorpus.labels, examples: TinyCorpus.examples)
        }
    }

    @Test func termsCountWordsByStemAndAdjacentPairs() {
        let terms = TopicTerms(text: "Interest rates rose; the interest rate of rates.", hashBits: 20)
        // interest ×2, rate ×3, rose, and the pairs "interest rate" ×2 and "rate rose".
        #expect(terms.counts.reduce(0, +) == 9)
        #expect(terms.ids.count == 5)
        #expect(Set(terms.ids).count == terms.ids.count)
        #expect(terms.counts.sorted() == [1, 1, 2, 2, 3])
    }

    @Test func termsOfOneDocumentDoNotLeakIntoTheNext() {
        // The thread's id table is reused: a later text must count only its own terms,
        // and a long text must grow the table without losing counts.
        let first = TopicTerms(text: "Sailors trimmed the sails.", hashBits: 20)
        let long = TopicTerms(text: Array(repeating: "Gardeners pruned roses", count: 400).joined(separator: ". "), hashBits: 20)
        let short = TopicTerms(text: "Bake bread.", hashBits: 20)
        #expect(short.ids.count == 3)
        #expect(short.counts == [1, 1, 1])
        #expect(long.ids.count == 5)
        #expect(long.counts.reduce(0, +) == 400 * 5)
        #expect(TopicTerms(text: "Sailors trimmed the sails.", hashBits: 20) == first)
    }

    @Test func rejectsExamplesThatDoNotFit() {
        let trainer = TopicModelTrainer(settings: TinyCorpus.settings)
        let terms = TopicTerms(text: "Bake the bread.", hashBits: 16)
        let cases: [[TopicModelTrainer.Example]] = [
            [],
            [.init(terms: terms, label: 3)],
            [.init(terms: TopicTerms(text: "Bake the bread.", hashBits: 12), label: 0)],
        ]
        for examples in cases {
            #expect(throws: StageError.self) { try trainer.train(labels: TinyCorpus.labels, examples: examples) }
        }
        var strict = TinyCorpus.settings
        strict.minDocumentFrequency = 50
        let error = #expect(throws: StageError.self) {
            try TopicModelTrainer(settings: strict).train(labels: TinyCorpus.labels, examples: TinyCorpus.examples)
        }
        #expect(error?.message.contains("50 or more") == true)
    }

    // MARK: - Model file

    @Test func fileRoundTripGivesTheSameModel() throws {
        let model = try TinyCorpus.model()
        let read = try TopicModel(fileData: model.fileData(), name: "tiny")
        #expect(read == model)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tiny-\(UUID().uuidString).tpmodel")
        defer { try? FileManager.default.removeItem(at: url) }
        try model.write(toFile: url.path)
        let loaded = try TopicModel(contentsOfFile: url.path)
        #expect(loaded.labels == TinyCorpus.labels)
        let terms = TopicTerms(text: "Trim the sails and bake bread on deck.", hashBits: 16)
        #expect(loaded.probabilities(of: terms) == model.probabilities(of: terms))
    }

    @Test func damagedFilesAreRejectedByName() throws {
        let bytes = try TinyCorpus.model().fileData()
        var wrongVersion = bytes
        wrongVersion[4] = 9
        let cases: [([UInt8], String)] = [
            (Array("not a model".utf8), "not a textpipe topic model"),
            (wrongVersion, "format 9 is not supported"),
            (Array(bytes.dropLast(3)), "truncated or damaged"),
            (bytes + [0], "unexpected bytes"),
        ]
        for (data, fragment) in cases {
            let error = try #require(throws: StageError.self) { try TopicModel(fileData: data, name: "broken.tpmodel") }
            #expect(error.message.contains("broken.tpmodel"), "\(error)")
            #expect(error.message.contains(fragment), "\(error)")
        }
        #expect(throws: StageError.self) { try TopicModel(contentsOfFile: "/nonexistent/model.tpmodel") }
    }

    @Test func shippedNewsModelLoads() throws {
        let model = try NewsTopicModel.shipped.get()
        #expect(model.labels == ["business", "entertainment", "politics", "sport", "tech", "world"])
        #expect(model.fileData().count < 3_000_000)
    }

    // MARK: - Cross-validation

    @Test func foldsAreStratifiedRoundRobin() {
        let folds = TopicCrossValidation(folds: 3).foldAssignment(labels: [0, 0, 1, 0, 1, 1, 0, 1])
        #expect(folds == [0, 1, 0, 2, 1, 2, 0, 0])
    }

    @Test func crossValidationPredictsEachExampleOnce() throws {
        let predictions = try TopicCrossValidation(folds: 3).predictions(
            labels: TinyCorpus.labels, examples: TinyCorpus.examples, trainer: TopicModelTrainer(settings: TinyCorpus.settings))
        #expect(predictions.count == TinyCorpus.texts.count)
        #expect(Set(predictions.map(\.fold)) == [0, 1, 2])
        let correct = zip(predictions, TinyCorpus.texts).count { $0.predicted == $1.label }
        #expect(correct >= TinyCorpus.texts.count * 2 / 3)
    }
}
