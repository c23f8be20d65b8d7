/// Why an evaluation cannot run: a bad gold set, kind or pipeline.
public struct EvaluationError: Error, CustomStringConvertible, Sendable, Equatable {
    /// What went wrong, in plain words.
    public var message: String

    /// Creates an error with a message.
    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
