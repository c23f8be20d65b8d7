import TextPipeCore

/// Picks the most central sentences as an extractive summary.
public struct SummarizeStage: Stage {
    /// Options of the summarize stage.
    public struct Options: StageOptions {
        public init() {}
        public static var documentation: [OptionDocumentation] { [] }
    }

    public static let name = "summarize"
    public static let summary = "Picks the most central sentences as an extractive summary."
    public static let needs: [Annotation] = [.sentences, .tokens]
    public static let provides: [Annotation] = [.summary]

    public init(options: Options) throws {}

    public func process(_ document: inout Document) throws {}
}
