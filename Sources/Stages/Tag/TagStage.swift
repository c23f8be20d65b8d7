import TextPipeCore

/// Adds topic tags from a taxonomy and statistically scored keywords.
public struct TagStage: Stage {
    /// Options of the tag stage.
    public struct Options: StageOptions {
        public init() {}
        public static var documentation: [OptionDocumentation] { [] }
    }

    public static let name = "tag"
    public static let summary = "Adds topic tags from a taxonomy and statistically scored keywords."
    public static let needs: [Annotation] = [.sentences, .tokens]
    public static let provides: [Annotation] = [.tags, .keywords]

    public init(options: Options) throws {}

    public func process(_ document: inout Document) throws {}
}
