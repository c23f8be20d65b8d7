import TextPipeCore

/// Splits text into paragraphs, sentences and word tokens.
public struct SegmentStage: Stage {
    /// Options of the segment stage.
    public struct Options: StageOptions {
        public init() {}
        public static var documentation: [OptionDocumentation] { [] }
    }

    public static let name = "segment"
    public static let summary = "Splits text into paragraphs, sentences and word tokens."
    public static let needs: [Annotation] = []
    public static let provides: [Annotation] = [.paragraphs, .sentences, .tokens]

    public init(options: Options) throws {}

    public func process(_ document: inout Document) throws {}
}
