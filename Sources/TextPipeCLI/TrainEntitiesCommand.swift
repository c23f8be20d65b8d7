import ArgumentParser
import Foundation
import TextPipe

/// `textpipe train entities`: trains the entity model from JSON Lines gold files.
struct TrainEntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "Train the entities stage's name model (PERSON, ORG, LOC, MISC).",
        discussion: """
            Each line of the data files is {"id","text","entities":[{"start","end","label"}]} with \
            Unicode-scalar offsets; labels PER or PERSON, ORG, LOC, MISC are learned, others (DATE) \
            ignored. Texts are split into sentences and tokens by the segment stage, as at run time. \
            Training is deterministic for a seed; after each epoch the model is scored on --dev and the \
            best epoch is kept. Progress goes to standard error.
            """
    )

    @Option(name: .customLong("data"), parsing: .upToNextOption, help: "Training files (JSON Lines).")
    var dataFiles: [String] = []

    @Option(
        name: .customLong("misc-unlabelled"), parsing: .upToNextOption,
        help: "Training files (JSON Lines) that leave MISC names (nationalities, events, products) unmarked: a MISC name found where they mark nothing is not counted wrong.")
    var miscUnlabelledFiles: [String] = []

    @Option(help: "Word clusters (word<TAB>bits per line) whose path prefixes become features; they ship in the model.")
    var clusters: String?

    @Option(help: "A development file (JSON Lines) that chooses the epoch (and calibrates confidences without --calibration-share).")
    var dev: String?

    @Option(
        name: .customLong("calibration-share"),
        help: "Share of the training documents held out to calibrate confidences on (0-1).")
    var calibrationShare = 0.0

    @Option(help: "Where to write the model.")
    var output: String

    @Option(help: "Passes over the training data.")
    var epochs = 10

    @Option(help: "Seed of the sentence order and of the lower-cased copies.")
    var seed: UInt64 = 1

    @Option(name: .customLong("lowercased-share"), help: "Share of training documents also added in lower case (0-1).")
    var lowercasedShare = 0.0

    @Option(name: .customLong("uppercased-share"), help: "Share of training documents also added in capitals (0-1).")
    var uppercasedShare = 0.0

    @Option(name: .customLong("titlecased-share"), help: "Share of training documents also added with every word capitalised (0-1).")
    var titlecasedShare = 0.0

    @Option(
        name: .customLong("given-name-share"),
        help: "Share of training documents also added with people named by their given name alone (0-1).")
    var givenNameShare = 0.0

    @Option(name: .customLong("feature-dropout"), help: "Chance that a feature is left out of a training step (0-1).")
    var featureDropout = 0.0

    @Option(name: .customLong("min-feature-count"), help: "Features seen fewer times get no weights.")
    var minimumFeatureCount = 2

    @Option(name: .customLong("prune-below"), help: "Leave out features whose averaged weights all stay under this.")
    var pruneBelow: Float = 0.05

    @Option(help: "Perceptrons trained side by side (own order and dropout each) whose weights are averaged.")
    var ensemble = 1

    @Flag(
        name: .customLong("cross-calibration"),
        help: "Calibrate confidences on every training document, each scored by the ensemble member that left it out.")
    var crossCalibration = false

    func validate() throws {
        if dataFiles.isEmpty && miscUnlabelledFiles.isEmpty {
            throw ValidationError("give at least one --data or --misc-unlabelled file")
        }
        if epochs < 1 { throw ValidationError("--epochs must be at least 1") }
        if ensemble < 1 { throw ValidationError("--ensemble must be at least 1") }
        if crossCalibration && ensemble < 2 { throw ValidationError("--cross-calibration needs --ensemble 2 or more") }
        if crossCalibration && calibrationShare > 0 {
            throw ValidationError("--cross-calibration and --calibration-share are two ways to calibrate; give one")
        }
        let shares = [lowercasedShare, uppercasedShare, titlecasedShare]
        if shares.contains(where: { $0 < 0 }) || shares.reduce(0, +) > 1 {
            throw ValidationError("the case shares must not be negative and add up to at most 1")
        }
        if !(0...1).contains(givenNameShare) { throw ValidationError("--given-name-share must be between 0 and 1") }
        if !(0..<1).contains(featureDropout) { throw ValidationError("--feature-dropout must be at least 0 and below 1") }
        if minimumFeatureCount < 1 { throw ValidationError("--min-feature-count must be at least 1") }
        if pruneBelow < 0 { throw ValidationError("--prune-below must not be negative") }
        if !(0..<1).contains(calibrationShare) {
            throw ValidationError("--calibration-share must be at least 0 and below 1")
        }
    }

    func run() throws {
        let clock = ContinuousClock()
        let started = clock.now
        let reader = try EntityGoldReader()
        let training: [EntityTrainingDocument]
        let development: [EntityTrainingDocument]
        do {
            training = try dataFiles.flatMap { try reader.documents(inFile: $0) }
                + miscUnlabelledFiles.flatMap { try reader.documents(inFile: $0, unlabelled: [.miscellaneous]) }
            development = try dev.map { try reader.documents(inFile: $0) } ?? []
        } catch let error as EntityGoldReader.ReadError {
            Console.error("error: \(error.message)")
            throw ExitStatus.usage
        }
        Console.error("read \(training.count) training and \(development.count) development documents")
        var settings = EntityTrainer.Settings()
        settings.epochs = epochs
        settings.seed = seed
        settings.lowercasedShare = lowercasedShare
        settings.uppercasedShare = uppercasedShare
        settings.featureDropout = featureDropout
        settings.titlecasedShare = titlecasedShare
        settings.givenNameShare = givenNameShare
        settings.minimumFeatureCount = minimumFeatureCount
        settings.pruneBelow = pruneBelow
        settings.calibrationShare = calibrationShare
        settings.ensembleSize = ensemble
        settings.crossCalibration = crossCalibration
        if let clusters {
            do {
                try settings.readClusters(fromFile: clusters)
            } catch {
                Console.error("error: \(error.message)")
                throw ExitStatus.usage
            }
        }
        let outcome = EntityTrainer(settings: settings).train(training, dev: development) { Console.error($0) }
        try outcome.model.write(toFile: output)
        let size = (try? FileManager.default.attributesOfItem(atPath: output)[.size] as? Int) ?? 0
        let elapsed = clock.now - started
        Console.error(
            "wrote \(output): \(outcome.model.featureCount) features, \(size / 1000) kB, epoch \(outcome.bestEpoch), "
                + "\(elapsed.components.seconds) s in all")
        if !development.isEmpty { Console.error("dev: \(outcome.devScores.summary)") }
    }
}

/// Reads gold entity files into training documents segmented as the pipeline would.
struct EntityGoldReader {
    /// A file that cannot be read or has a malformed line.
    struct ReadError: Error {
        var message: String
    }

    private let segment: SegmentStage

    init() throws {
        segment = try SegmentStage(options: .init())
    }

    /// The documents of a JSON Lines file, with tokens, sentences and
    /// byte-offset entities; the file leaves names with the `unlabelled` labels unmarked.
    func documents(inFile path: String, unlabelled: Set<EntityLabel> = []) throws(ReadError) -> [EntityTrainingDocument] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ReadError(message: "cannot read '\(path)'")
        }
        var documents: [EntityTrainingDocument] = []
        for (number, line) in String(decoding: data, as: UTF8.self).split(separator: "\n").enumerated() {
            let location = "\(path):\(number + 1)"
            guard let object = try? JSONParser.parse(String(line)).objectValue,
                let text = object["text"]?.stringValue, let entities = object["entities"]?.arrayValue
            else {
                throw ReadError(message: "\(location): expected an object with \"text\" and \"entities\"")
            }
            var document = Document(id: object["id"]?.stringValue ?? location, text: text)
            do {
                try segment.process(&document)
            } catch {
                throw ReadError(message: "\(location): \(error)")
            }
            let byteOffsets = Self.byteOffsets(of: text)
            var gold: [Entity] = []
            for value in entities {
                guard let entity = value.objectValue, let start = entity["start"]?.intValue,
                    let end = entity["end"]?.intValue, let label = entity["label"]?.stringValue,
                    0 <= start, start < end, end < byteOffsets.count
                else {
                    throw ReadError(message: "\(location): an entity needs \"start\" < \"end\" within the text and a \"label\"")
                }
                gold.append(
                    Entity(
                        span: Span(start: byteOffsets[start], end: byteOffsets[end]),
                        label: label == "PER" ? .person : EntityLabel(rawValue: label)))
            }
            documents.append(EntityTrainingDocument(document: document, entities: gold, unlabelled: unlabelled))
        }
        return documents
    }

    /// The UTF-8 offset of each Unicode-scalar offset of `text`, and of its end.
    private static func byteOffsets(of text: String) -> [Int] {
        var offsets: [Int] = []
        offsets.reserveCapacity(text.unicodeScalars.count + 1)
        var byte = 0
        for scalar in text.unicodeScalars {
            offsets.append(byte)
            byte += UTF8.width(scalar)
        }
        offsets.append(byte)
        return offsets
    }
}
