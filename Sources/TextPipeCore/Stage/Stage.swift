/// A step of a pipeline: reads a document and adds annotations to it.
///
/// A stage type describes itself (name, summary, what it needs and provides,
/// its options), so that `textpipe stages`, `validate` and the README's stage
/// reference all come from one place. An instance is built once per run from
/// its options and then shared by all workers, so it must be immutable;
/// per-document scratch state lives inside ``process(_:)``.
public protocol Stage: Sendable {
    /// The stage's options, decoded from the pipeline file over their defaults.
    associatedtype Options: StageOptions

    /// The name used in pipeline files, such as `summarize`.
    static var name: String { get }
    /// One line saying what the stage does.
    static var summary: String { get }
    /// Annotations an earlier stage must provide.
    static var needs: [Annotation] { get }
    /// Annotations this stage fills in.
    static var provides: [Annotation] { get }

    /// Builds the stage, loading whatever resources its options name.
    /// Throws ``StageError`` when the options make no sense together.
    init(options: Options) throws

    /// Annotates `document`. Throws ``StageError`` (or any error) to fail only this document.
    func process(_ document: inout Document) throws
}

// MARK: - Default implementations

extension Stage {
    public static var needs: [Annotation] { [] }
}

/// The options of a stage: a `Codable` struct whose `init()` holds the defaults.
///
/// Pipeline files only name the options they change; the rest keep the values
/// of `init()`. ``documentation`` lists every option for `textpipe stages`
/// and for the check that rejects unknown option names.
public protocol StageOptions: Codable, Sendable {
    /// The default options.
    init()
    /// One entry per option, in the order users should read them.
    static var documentation: [OptionDocumentation] { get }
}

/// Describes one option of a stage.
public struct OptionDocumentation: Sendable, Hashable {
    /// The key in the pipeline file.
    public var name: String
    /// The value's type as users write it: `integer`, `number`, `boolean`,
    /// `string`, `[string]`, or a choice such as `nfc | nfkc`.
    public var type: String
    /// What the option does.
    public var help: String

    /// Creates an option description.
    public init(_ name: String, type: String, help: String) {
        self.name = name
        self.type = type
        self.help = help
    }
}

/// A stage with no options.
public struct NoOptions: StageOptions {
    public init() {}
    public static var documentation: [OptionDocumentation] { [] }
}

/// An error a stage throws: while building (bad options) or for one document.
public struct StageError: Error, CustomStringConvertible, Sendable {
    /// What went wrong, in plain words.
    public var message: String

    /// Creates an error with a message.
    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
