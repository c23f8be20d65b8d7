/// What to do when a document fails.
public enum ErrorPolicy: String, Sendable, CaseIterable {
    /// Record the failure in errors.jsonl and go on with the other documents.
    case `continue`
    /// Record the failure and stop the run.
    case fail
}

/// A stage instance with the name it was configured under.
public struct ConfiguredStage: Sendable {
    /// The stage's pipeline name.
    public var name: String
    /// The stage, built from its options.
    public var stage: any Stage
    /// The longest the stage may take on one document, in nanoseconds (nil: no limit).
    public var timeout: UInt64?

    /// Creates a configured stage.
    public init(name: String, stage: any Stage, timeout: UInt64? = nil) {
        self.name = name
        self.stage = stage
        self.timeout = timeout
    }

    /// Configures a stage type with its default options.
    public init<S: Stage>(_ type: S.Type) throws {
        self.init(name: S.name, stage: try S(options: S.Options()))
    }
}

/// A ready-to-run pipeline: settings plus stage instances in order.
public struct Pipeline: Sendable {
    /// The pipeline's name.
    public var name: String?
    /// Input paths (`-` for standard input).
    public var inputs: [String]
    /// The output path; nil writes to standard output.
    public var output: String?
    /// Worker count; nil means the number of active cores.
    public var jobs: Int?
    /// What to do when a document fails.
    public var onError: ErrorPolicy
    /// Documents larger than this many bytes are skipped with an error record.
    public var maxDocumentBytes: Int
    /// Glob patterns a file's relative path must match to be read (empty: all).
    public var include: [String]
    /// Glob patterns that exclude files.
    public var exclude: [String]
    /// The longest one document may take through all stages, in nanoseconds (nil: no limit).
    public var timeout: UInt64?
    /// The stages in order.
    public var stages: [ConfiguredStage]
    /// The pipeline file's `tests:` (see ``PipelineTest``); a run ignores them.
    public var tests: [PipelineTest] = []

    /// The default size limit: 10 MB.
    public static let defaultMaxDocumentBytes = 10_000_000

    /// Creates a pipeline.
    public init(
        name: String? = nil, inputs: [String] = [], output: String? = nil, jobs: Int? = nil,
        onError: ErrorPolicy = .continue, maxDocumentBytes: Int = Pipeline.defaultMaxDocumentBytes,
        include: [String] = [], exclude: [String] = [], timeout: UInt64? = nil, stages: [ConfiguredStage]
    ) {
        self.name = name
        self.inputs = inputs
        self.output = output
        self.jobs = jobs
        self.onError = onError
        self.maxDocumentBytes = maxDocumentBytes
        self.include = include
        self.exclude = exclude
        self.timeout = timeout
        self.stages = stages
    }
}

extension Pipeline {
    /// Runs every stage over `document` in order. Throws ``StageFailure``
    /// naming the stage whose `process` threw.
    public func process(_ document: inout Document) throws(StageFailure) {
        for configured in stages {
            do {
                try configured.stage.process(&document)
            } catch {
                throw StageFailure(stage: configured.name, message: "\(error)")
            }
        }
    }
}

/// A stage that failed on a document.
public struct StageFailure: Error, CustomStringConvertible, Sendable {
    /// The stage's pipeline name.
    public var stage: String
    /// What it said.
    public var message: String

    public var description: String { "stage '\(stage)': \(message)" }
}
