import Foundation
import TextPipeCore

/// Finds people, organisations, places and MISC names with a trained model,
/// and dates, times, amounts and contact details with pattern rules.
///
/// Sources in order of precedence, the earlier winning where two overlap: the
/// user's gazetteer, the pattern rules (``ContactScanner``, ``PatternMatcher``),
/// the model (``NameTagger``).
public struct EntitiesStage: Stage {
    /// Options of the entities stage.
    public struct Options: StageOptions {
        /// The labels to keep.
        public var labels: [String]
        /// Entities less sure than this are dropped. The default, 0.5, keeps
        /// the names more likely right than wrong (confidences are calibrated
        /// on held-out training text).
        public var minConfidence: Double
        /// A model file to use instead of the built-in one.
        public var model: String?
        /// A YAML or TSV file of phrases and their labels.
        public var gazetteer: String?

        enum CodingKeys: String, CodingKey {
            case labels
            case minConfidence = "min_confidence"
            case model
            case gazetteer
        }

        public init() {
            labels = EntityLabel.standard.map(\.rawValue)
            minConfidence = 0.5
        }

        public static var documentation: [OptionDocumentation] {
            [
                OptionDocumentation(
                    "labels", type: "[string]",
                    help: "Entity labels to keep; an empty list keeps none."),
                OptionDocumentation(
                    "min_confidence", type: "number",
                    help: "Drop entities less sure than this, from 0 to 1 (names: from the model's score margin, per label; patterns 0.9-0.95; gazetteer 1)."),
                OptionDocumentation(
                    "model", type: "string",
                    help: "A model file from `textpipe train entities` to use instead of the built-in one."),
                OptionDocumentation(
                    "gazetteer", type: "string",
                    help: "A YAML (`phrase: LABEL`) or TSV (`phrase<TAB>LABEL`) file; exact matches become entities and win over overlapping ones."),
            ]
        }
    }

    public static let name = "entities"
    public static let summary = "Finds people, organisations, places (trained model) and dates, money, contacts (rules)."
    public static let needs: [Annotation] = [.sentences, .tokens]
    public static let provides: [Annotation] = [.entities]

    private let recognizer: EntityRecognizer
    private let labels: Set<EntityLabel>
    private let minConfidence: Double

    public init(options: Options) throws {
        let model = try options.model.map { try EntityModel(contentsOfFile: $0) } ?? Self.builtInModel.get()
        try self.init(options: options, model: model)
    }

    /// A stage using `model` (already loaded) instead of the file the options name.
    public init(options: Options, model: EntityModel) throws {
        let valid = Set(EntityLabel.standard)
        let unknown = options.labels.filter { !valid.contains(EntityLabel(rawValue: $0)) }
        guard unknown.isEmpty else {
            throw StageError(
                "unknown entity label\(unknown.count == 1 ? "" : "s") \(unknown.joined(separator: ", ")); "
                    + "valid labels are \(EntityLabel.standard.map(\.rawValue).joined(separator: ", "))")
        }
        guard (0...1).contains(options.minConfidence) else {
            throw StageError("min_confidence must be between 0 and 1")
        }
        recognizer = EntityRecognizer(
            tagger: NameTagger(model: model),
            userGazetteer: try options.gazetteer.map { try UserGazetteer(contentsOfFile: $0) })
        labels = Set(options.labels.map(EntityLabel.init(rawValue:)))
        minConfidence = options.minConfidence
    }

    public func process(_ document: inout Document) throws {
        document.entities = recognizer.entities(in: document).filter {
            labels.contains($0.label) && ($0.confidence ?? 1) >= minConfidence
        }
    }

    /// Where the model shipped with the module is.
    static var builtInModelPath: String? {
        BundledResource.path(of: "entities.tpmodel", bundle: "textpipe_TextPipeEntities")
    }

    /// The model shipped with the module, read once per process.
    static let builtInModel: Result<EntityModel, any Error> = Result {
        guard let path = builtInModelPath else {
            throw StageError(
                "the built-in entity model is missing: \(BundledResource.whereToKeep("textpipe_TextPipeEntities")), or set the entities stage's model option")
        }
        return try EntityModel(contentsOfFile: path)
    }
}
