import Foundation
import Yams

/// Reads pipeline YAML files into ``Pipeline``s, checking everything that can be
/// checked before a run and collecting every problem with its location.
public struct PipelineLoader: Sendable {
    /// The stages pipeline files may name.
    public var registry: StageRegistry
    /// Where `${VAR}` references are looked up.
    public var substitution: EnvironmentSubstitution

    /// The keys a pipeline file may have at its top level.
    public static let topLevelKeys = [
        "name", "description", "input", "output", "jobs", "on_error", "max_document_size", "include", "exclude",
        "timeout", "stages", "tests",
    ]

    /// Creates a loader.
    public init(
        registry: StageRegistry,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) {
        self.registry = registry
        self.substitution = EnvironmentSubstitution(environment: environment)
    }

    /// Loads the pipeline file at `path`.
    public func load(file path: String) throws(PipelineErrors) -> Pipeline {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw PipelineErrors([Diagnostic(file: path, message: "cannot read pipeline file: \(Self.reason(error))")])
        }
        return try load(yaml: text, file: path)
    }

    /// Loads a pipeline from YAML text; `file` names it in diagnostics.
    public func load(yaml: String, file: String) throws(PipelineErrors) -> Pipeline {
        var reader = PipelineFileReader(file: file, registry: registry, substitution: substitution)
        let pipeline = reader.read(yaml: yaml)
        guard reader.diagnostics.isEmpty, let pipeline else {
            throw PipelineErrors(reader.diagnostics)
        }
        return pipeline
    }

    static func reason(_ error: any Error) -> String {
        if let error = error as? CocoaError, let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return (error as NSError).localizedDescription
    }
}

/// One pass over one pipeline file, collecting diagnostics.
struct PipelineFileReader {
    let file: String
    let registry: StageRegistry
    let substitution: EnvironmentSubstitution
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String, registry: StageRegistry, substitution: EnvironmentSubstitution) {
        self.file = file
        self.registry = registry
        self.substitution = substitution
    }

    mutating func error(_ message: String, at node: Node?) {
        diagnostics.append(Diagnostic(file: file, line: node?.mark?.line, column: node?.mark?.column, message: message))
    }

    /// Reports `key` as unknown, with a suggestion among `keys` and all of them listed.
    mutating func unknownKey(_ key: String, named kind: String, among keys: [String], listed list: String, at node: Node) {
        error(
            "unknown \(kind) '\(key)'" + Suggestion.didYouMean(key, among: keys)
                + " (\(list): \(keys.joined(separator: ", ")))", at: node)
    }

    mutating func error(_ message: String, at mark: Mark?) {
        diagnostics.append(Diagnostic(file: file, line: mark?.line, column: mark?.column, message: message))
    }

    mutating func read(yaml: String) -> Pipeline? {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            reportSyntaxError(error)
            return nil
        } catch {
            self.error("cannot parse YAML: \(error)", at: nil as Node?)
            return nil
        }
        guard let root else {
            error("the pipeline file is empty; it needs at least 'stages:'", at: nil as Node?)
            return nil
        }
        guard let mapping = root.mapping else {
            error("a pipeline must be a map with keys such as 'name' and 'stages'", at: root)
            return nil
        }
        return read(mapping: mapping, root: root)
    }

    private mutating func reportSyntaxError(_ error: YamlError) {
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let detail = context.map { " \($0.text)" } ?? ""
            self.error("invalid YAML: \(problem)\(detail)", at: mark)
        case .duplicatedKeysInMapping(let duplicates, let context):
            self.error("duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", "))", at: context.mark)
        default:
            self.error("invalid YAML: \(error)", at: nil as Node?)
        }
    }

    private mutating func read(mapping: Node.Mapping, root: Node) -> Pipeline? {
        var pipeline = Pipeline(stages: [])
        var stagesNode: Node?
        for (keyNode, value) in mapping {
            guard let key = keyNode.scalar?.string else {
                error("keys of a pipeline must be plain names", at: keyNode)
                continue
            }
            switch key {
            case "name": pipeline.name = string(value, for: key)
            case "description": _ = string(value, for: key)
            case "input": pipeline.inputs = stringList(value, for: key) ?? []
            case "output": pipeline.output = string(value, for: key)
            case "jobs": pipeline.jobs = positiveInteger(value, for: key)
            case "on_error":
                if let text = string(value, for: key) {
                    if let policy = ErrorPolicy(rawValue: text) {
                        pipeline.onError = policy
                    } else {
                        let choices = ErrorPolicy.allCases.map(\.rawValue)
                        error(
                            "'on_error' must be one of \(choices.joined(separator: ", ")), not '\(text)'"
                                + Suggestion.didYouMean(text, among: choices), at: value)
                    }
                }
            case "max_document_size":
                if let text = string(value, for: key) {
                    if let bytes = ByteSize.parse(text), bytes > 0 {
                        pipeline.maxDocumentBytes = bytes
                    } else {
                        error("'max_document_size' must be a positive size such as 10MB or 500000, not '\(text)'", at: value)
                    }
                }
            case "include": pipeline.include = stringList(value, for: key) ?? []
            case "exclude": pipeline.exclude = stringList(value, for: key) ?? []
            case "timeout": pipeline.timeout = duration(value, for: key)
            case "stages": stagesNode = value
            case "tests": pipeline.tests = readTests(value)
            default: unknownKey(key, named: "key", among: PipelineLoader.topLevelKeys, listed: "valid keys", at: keyNode)
            }
        }
        guard let stagesNode else {
            error("the pipeline has no 'stages:' list", at: root)
            return nil
        }
        pipeline.stages = readStages(stagesNode)
        return pipeline
    }

    // MARK: - Values

    /// The scalar's text with `${VAR}` substituted, or nil (and an error) when it is not a scalar.
    mutating func substitutedScalar(_ node: Node, for key: String) -> String? {
        guard let scalar = node.scalar else {
            error("'\(key)' must be a single value, not a \(node.mapping != nil ? "map" : "list")", at: node)
            return nil
        }
        do {
            return try substitution.apply(to: scalar.string)
        } catch {
            self.error(error.message, at: node)
            return nil
        }
    }

    private mutating func string(_ node: Node, for key: String) -> String? {
        substitutedScalar(node, for: key)
    }

    private mutating func stringList(_ node: Node, for key: String) -> [String]? {
        if node.scalar != nil { return string(node, for: key).map { [$0] } }
        guard let sequence = node.sequence else {
            error("'\(key)' must be a path or a list of paths", at: node)
            return nil
        }
        return sequence.compactMap { string($0, for: key) }
    }

    /// A duration such as `30s`, in nanoseconds.
    mutating func duration(_ node: Node, for key: String) -> UInt64? {
        guard let text = string(node, for: key) else { return nil }
        do {
            return try DurationText.nanoseconds(text)
        } catch {
            self.error("'\(key)' must be a duration such as 500ms, 30s or 2m, not '\(text)'", at: node)
            return nil
        }
    }

    private mutating func positiveInteger(_ node: Node, for key: String) -> Int? {
        guard let text = string(node, for: key) else { return nil }
        guard let value = Int(text), value >= 1 else {
            error("'\(key)' must be a whole number of at least 1, not '\(text)'", at: node)
            return nil
        }
        return value
    }
}
