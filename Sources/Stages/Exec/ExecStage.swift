import TextPipeCore

/// Runs an external program as a stage, speaking JSON Lines over stdin/stdout.
public struct ExecStage: Stage {
    /// Options of the exec stage.
    public struct Options: StageOptions {
        public init() {}
        public static var documentation: [OptionDocumentation] { [] }
    }

    public static let name = "exec"
    public static let summary = "Runs an external program as a stage over JSON Lines on stdin/stdout."
    public static let provides: [Annotation] = []

    public init(options: Options) throws {}

    public func process(_ document: inout Document) throws {}
}
