/// A problem found in a pipeline file, at the location of the offending YAML node.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    /// The pipeline file as given.
    public var file: String
    /// 1-based line, when known.
    public var line: Int?
    /// 1-based column (in Unicode scalars), when known.
    public var column: Int?
    /// What is wrong, with a suggestion where one is likely.
    public var message: String

    /// Creates a diagnostic.
    public init(file: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `FILE:LINE:COLUMN: error: MESSAGE`, as CONTRACT.md specifies.
    public var description: String {
        if let line, let column { return "\(file):\(line):\(column): error: \(message)" }
        return "\(file): error: \(message)"
    }
}

/// All the problems of a pipeline file, collected so one run shows them all.
public struct PipelineErrors: Error, Sendable, CustomStringConvertible {
    /// The problems in file order.
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
