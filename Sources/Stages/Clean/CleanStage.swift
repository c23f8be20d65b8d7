import TextPipeCore

/// Strips HTML and boilerplate, normalises Unicode and whitespace.
public struct CleanStage: Stage {
    /// Options of the clean stage.
    public struct Options: StageOptions {
        public init() {}
        public static var documentation: [OptionDocumentation] { [] }
    }

    public static let name = "clean"
    public static let summary = "Strips HTML and boilerplate, normalises Unicode and whitespace."
    public static let needs: [Annotation] = []
    public static let provides: [Annotation] = [.cleanText]

    public init(options: Options) throws {}

    public func process(_ document: inout Document) throws {}
}
