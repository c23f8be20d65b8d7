import Testing
import TextPipeCore
import TextPipeTesting

@testable import TextPipeEntities

/// Training on a tiny corpus: alignment of gold spans, learning, determinism.
@Suite struct TrainingTests {
    /// A training document from marked text ("[[Zorbin Quell|PERSON]] visited ...").
    private func document(_ source: String) -> EntityTrainingDocument {
        let marked = MarkedText(source)
        return EntityTrainingDocument(
            document: segmentedDocument(marked.text),
            entities: marked.marks.map { Entity(span: $0.span, label: EntityLabel(rawValue: $0.label!)) })
    }

    /// Invented names in a few fixed frames: what is learnable is the frame.
    private var corpus: [EntityTrainingDocument] {
        let people = ["Zorbin Quell", "Mavra Tesk", "Olun Brisk", "Tavi Rennet", "Quorra Vale", "Ibsen Marr"]
        let places = ["Vantor", "Elgrave", "Morwick", "Dunhollow", "Skelby", "Raskin"]
        let groups = ["Hollin Works", "Tarrow Group", "Brenn Labs", "Culver Union", "Osk Partners", "Pell Trust"]
        return (0..<24).map { index in
            let person = people[index % people.count]
            let place = places[(index * 5 + 1) % places.count]
            let group = groups[(index * 7 + 2) % groups.count]
            return document(
                "[[\(person)|PERSON]] visited [[\(place)|LOC]] on Monday. "
                    + "The talks with [[\(group)|ORG]] ended early. Nothing else happened here.")
        }
    }

    private var settings: EntityTrainer.Settings {
        var settings = EntityTrainer.Settings()
        settings.epochs = 4
        settings.minimumFeatureCount = 1
        settings.pruneBelow = 0
        return settings
    }

    @Test func learnsTheTinyCorpus() throws {
        let outcome = EntityTrainer(settings: settings).train(corpus, dev: []) { _ in }
        #expect(outcome.alignment.aligned == 72)
        #expect(outcome.alignment.misaligned == 0)
        let tagger = NameTagger(model: outcome.model)
        let text = "Kell Dorran visited Zantha on Monday. The talks with Vost Group ended early."
        let document = segmentedDocument(text)
        let entities = document.withUTF8 { bytes in
            let tokenText = TokenText(bytes: bytes, tokens: document.tokens!)
            return tagger.entities(in: tokenText, sentences: TokenRanges.of(document.sentences!, in: tokenText))
        }
        let found = zip(texts(of: entities.map(\.span), in: text), entities).map { "\($0)|\($1.label)" }
        #expect(found == ["Kell Dorran|PERSON", "Zantha|LOC", "Vost Group|ORG"])
    }

    @Test func noPersonOrPlaceNameBeginsWithADigit() throws {
        let model = EntityTrainer(settings: settings).train(corpus, dev: []) { _ in }.model
        let tagger = NameTagger(model: model)
        let text = "7731 Dorran visited Zantha on Monday."
        let (raw, kept) = withTokenText(text) { tokenText, document in
            let sentences = TokenRanges.of(document.sentences!, in: tokenText)
            let features = DocumentFeatures(text: tokenText, sentences: sentences, caseProfile: model.caseProfile)
            var typeScores = TypeScores(features: features, model: model)
            let raw = sentences.flatMap { tagger.names(in: $0, features: features, typeScores: &typeScores) }
                .map { $0.0.lowerBound }
            return (raw, tagger.entities(in: tokenText, sentences: sentences))
        }
        // The frame makes the model tag a name from the number on; the tagger drops it.
        #expect(raw.first == 0)
        #expect(zip(texts(of: kept.map(\.span), in: text), kept).map { "\($0)|\($1.label)" } == ["Zantha|LOC"])
    }

    @Test func trainingIsDeterministic() {
        let first = EntityTrainer(settings: settings).train(corpus, dev: []) { _ in }
        let second = EntityTrainer(settings: settings).train(corpus, dev: []) { _ in }
        #expect(first.model.encoded() == second.model.encoded())
    }

    @Test func keepsTheBestEpochOnDevAndReportsProgress() {
        var lines: [String] = []
        let dev = [document("[[Mavra Tesk|PERSON]] visited [[Skelby|LOC]] on Monday.")]
        let outcome = EntityTrainer(settings: settings).train(corpus, dev: dev) { lines.append($0) }
        #expect(lines.filter { $0.hasPrefix("epoch ") }.count == 4)
        #expect(lines.contains { $0.contains("dev F1") })
        #expect((1...4).contains(outcome.bestEpoch))
        #expect(outcome.devScores.overall.f1 == 1)
    }

    @Test func aShareOfTheDocumentsIsHeldOutOfTraining() {
        var heldOut = settings
        heldOut.calibrationShare = 0.25
        let outcome = EntityTrainer(settings: heldOut).train(corpus, dev: []) { _ in }
        // Three names per document: some documents went to calibration, most stayed.
        #expect(outcome.alignment.aligned % 3 == 0)
        #expect((36..<72).contains(outcome.alignment.aligned))
        let again = EntityTrainer(settings: heldOut).train(corpus, dev: []) { _ in }
        #expect(again.model.encoded() == outcome.model.encoded())
    }

    @Test func goldSpansOffTokenBoundariesLeaveTheirSentenceOut() {
        // "Quell" ends inside "Quellmann", so its sentence cannot be tagged.
        let broken = document("[[Zorbin Quell|PERSON]]mann visited Vantor. [[Mavra Tesk|PERSON]] stayed.")
        let labels: [EntityLabel] = [.person]
        let (sentences, counts) = broken.document.withUTF8 { bytes in
            broken.taggedSentences(labels: labels, text: TokenText(bytes: bytes, tokens: broken.document.tokens!))
        }
        #expect(counts.misaligned == 1)
        #expect(counts.aligned == 1)
        #expect(counts.skippedSentences == 1)
        #expect(sentences.count == 1)
    }

    @Test func labelsTheModelDoesNotLearnAreIgnored() {
        let training = document("[[Zorbin Quell|PERSON]] left on [[Monday|DATE]].")
        let (_, counts) = training.document.withUTF8 { bytes in
            training.taggedSentences(
                labels: [.person, .location], text: TokenText(bytes: bytes, tokens: training.document.tokens!))
        }
        #expect(counts.aligned == 1 && counts.ignored == 1)
    }

    @Test func listedPlacesAreRelabelled() {
        let (relabelled, changed) = ListedNameLabels.harmonized(
            document("[[Tehran|ORG]] and [[NATO|LOC]] met [[Zorbin Quell|PERSON]]."))
        #expect(changed == 2)
        #expect(relabelled.entities.map(\.label) == [.location, .organization, .person])
    }

    @Test func anEnsembleOfOneTrainsAsALonePerceptron() {
        var ensemble = settings
        ensemble.ensembleSize = 1
        let alone = EntityTrainer(settings: settings).train(corpus, dev: []) { _ in }
        #expect(EntityTrainer(settings: ensemble).train(corpus, dev: []) { _ in }.model.encoded() == alone.model.encoded())
    }

    @Test func anEnsembleLearnsTheTinyCorpusAndIsDeterministic() {
        var ensemble = settings
        ensemble.ensembleSize = 3
        let first = EntityTrainer(settings: ensemble).train(corpus, dev: []) { _ in }
        let second = EntityTrainer(settings: ensemble).train(corpus, dev: []) { _ in }
        #expect(first.model.encoded() == second.model.encoded())
        let alone = EntityTrainer(settings: settings).train(corpus, dev: []) { _ in }
        #expect(first.model.encoded() != alone.model.encoded())
        let dev = [document("[[Mavra Tesk|PERSON]] visited [[Skelby|LOC]] on Monday.")]
        #expect(EntityTrainer(settings: ensemble).evaluate(first.model, on: dev).overall.f1 == 1)
    }

    @Test func crossCalibrationTrainsOnEveryDocumentAndFitsTheCurves() throws {
        var cross = settings
        cross.ensembleSize = 3
        cross.crossCalibration = true
        // Some groups left unmarked: names the members find there count as wrong.
        let unmarked = (0..<6).map { _ in document("The talks with Hollin Works ended early. Nothing else happened here.") }
        let outcome = EntityTrainer(settings: cross).train(corpus + unmarked, dev: []) { _ in }
        // No document is held out of the whole: all 72 names are used.
        #expect(outcome.alignment.aligned == 72)
        // Fitted ORG curve, not the default slope 1 and intercept 0.
        let organization = try #require(outcome.model.labels.firstIndex(of: .organization))
        #expect(
            outcome.model.confidenceSlopes[organization] != 1 || outcome.model.confidenceIntercepts[organization] != 0)
        let again = EntityTrainer(settings: cross).train(corpus + unmarked, dev: []) { _ in }
        #expect(again.model.encoded() == outcome.model.encoded())
    }

    @Test func givenNameCopiesKeepOnlyTheListedGivenName() throws {
        let original = document("[[Maria Quell|PERSON]] met [[Zorbin Tesk|PERSON]] in [[Vantor|LOC]]. [[Maria|PERSON]] left.")
        let copy = try #require(GivenNameCopies.copy(of: original))
        // "Maria" is a listed given name, "Zorbin" is not: only the first person is shortened.
        #expect(copy.document.text == "Maria       met Zorbin Tesk in Vantor. Maria left.")
        #expect(texts(of: copy.entities.map(\.span), in: copy.document.text) == ["Maria", "Zorbin Tesk", "Vantor", "Maria"])
        #expect(!copy.document.tokens!.contains { $0.span.start == 6 })
        #expect(copy.document.tokens!.count == original.document.tokens!.count - 1)
        #expect(GivenNameCopies.copy(of: document("[[Zorbin Tesk|PERSON]] left.")) == nil)
    }

    @Test func unlabelledLabelsAcceptWhatTheModelFindsWhereTheGoldIsEmpty() {
        let misc = 3
        let tag = { (position: TagSet.Position) in TagSet.tag(label: misc, position) }
        let person = TagSet.tag(label: 0, .unit)
        let gold = [0, person, 0, 0, 0]
        // A MISC name over gold O is taken in; one over a gold name is not.
        let predicted = [0, tag(.unit), 0, tag(.begin), tag(.last)]
        #expect(
            EntityTrainer.gold(gold, accepting: predicted, unlabelled: [misc]) == [0, person, 0, tag(.begin), tag(.last)])
        #expect(EntityTrainer.gold(gold, accepting: predicted, unlabelled: []) == gold)
        let personOverO = [person, 0, 0, 0, 0]
        #expect(EntityTrainer.gold(gold, accepting: personOverO, unlabelled: [misc]) == gold)
    }
}
