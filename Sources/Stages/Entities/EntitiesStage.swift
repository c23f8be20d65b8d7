import TextPipeCore

/// Finds people, organisations, places and pattern entities (dates, money, ...).
public struct EntitiesStage: Stage {
    /// Options of the entities stage.
    public struct Options: StageOptions {
        public init() {}
        public static var documentation: [OptionDocumentation] { [] }
    }

    public static let name = "entities"
    public static let summary = "Finds people, organisations, places and pattern entities (dates, money, ...)."
    public static let needs: [Annotation] = [.sentences, .tokens]
    public static let provides: [Annotation] = [.entities]

    public init(options: Options) throws {}

    public func process(_ document: inout Document) throws {}
}
