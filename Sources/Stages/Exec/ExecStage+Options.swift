import TextPipeCore

extension ExecStage {
    /// Options of the exec stage.
    public struct Options: StageOptions {
        /// The program and its arguments.
        public var command: [String] = []
        /// The name used in the handshake, error messages and the stderr prefix.
        public var name: String?
        /// How long a worker may take to answer one line.
        public var timeout = "10s"
        /// The most worker processes alive at once; nil: one per concurrent document.
        public var workers: Int?
        /// Free-form settings sent to the worker in the handshake.
        public var options: [String: HandshakeValue] = [:]
        /// Variables added to (or replacing) the worker's environment.
        public var environment: [String: String] = [:]

        public init() {}

        public static var documentation: [OptionDocumentation] {
            [
                OptionDocumentation(
                    "command", type: "[string]", help: "The program and its arguments, e.g. [python3, my_stage.py]; required."),
                OptionDocumentation(
                    "name", type: "string",
                    help: "Name in the handshake, error messages and the stderr prefix; default: the program's (or script's) base name."),
                OptionDocumentation(
                    "timeout", type: "string",
                    help: "Longest wait for one answer, as 500ms, 5s, 2m or seconds; a worker that takes longer is restarted."),
                OptionDocumentation(
                    "workers", type: "integer", help: "Most worker processes at once; default: one per concurrent document (--jobs)."),
                OptionDocumentation("options", type: "map", help: "Settings passed to the worker in the handshake, as JSON."),
                OptionDocumentation("environment", type: "map", help: "Environment variables set for the worker, added to textpipe's own."),
            ]
        }
    }
}
