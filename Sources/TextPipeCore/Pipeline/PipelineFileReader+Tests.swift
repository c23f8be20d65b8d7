import Foundation
import Yams

/// Reading a pipeline file's `tests:` list into ``PipelineTest``s, with a
/// diagnostic at the place of every unknown key, unknown check and value of
/// the wrong type.
extension PipelineFileReader {
    /// The keys a test may have.
    static let testKeys = ["name", "input", "expect", "snapshot"]
    /// The keys of a test's `input:` map.
    static let inputKeys = ["text", "file", "id", "meta"]

    mutating func readTests(_ node: Node) -> [PipelineTest] {
        guard let sequence = node.sequence else {
            error("'tests' must be a list of tests, each a map with 'name', 'input' and 'expect'", at: node)
            return []
        }
        return sequence.compactMap { readTest($0) }
    }

    private mutating func readTest(_ node: Node) -> PipelineTest? {
        guard let mapping = node.mapping else {
            error("a test must be a map with 'name', 'input' and 'expect'", at: node)
            return nil
        }
        var name: String?
        var input: (PipelineTest.Input, id: String?, meta: JSONObject)?
        var expectations: [Expectation] = []
        var failure: (stage: String, location: PipelineTest.Location)?
        var snapshot: (path: String, location: PipelineTest.Location)?
        var hasExpect = false
        for (keyNode, value) in mapping {
            let key = keyNode.scalar?.string ?? ""
            switch key {
            case "name": name = substitutedScalar(value, for: "name")
            case "input": input = readInput(value)
            case "expect":
                hasExpect = true
                (expectations, failure) = readExpect(value)
            case "snapshot":
                if let path = substitutedScalar(value, for: "snapshot") {
                    snapshot = (relativeToFile(path), location(of: value))
                }
            default: unknownKey(key, named: "test key", among: Self.testKeys, listed: "test keys", at: keyNode)
            }
        }
        guard let name, !name.isEmpty else {
            error("a test needs a 'name'", at: node)
            return nil
        }
        guard let input else {
            error("test '\(name)' needs an 'input': the document's text, or a map with 'text' or 'file'", at: node)
            return nil
        }
        guard hasExpect || snapshot != nil else {
            error("test '\(name)' needs 'expect' or 'snapshot': what the output must hold", at: node)
            return nil
        }
        return PipelineTest(
            name: name, location: location(of: node), input: input.0, id: input.id, meta: input.meta,
            expectations: expectations, expectedFailure: failure, snapshot: snapshot)
    }

    /// A test's input: a string (the text) or a map with `text` or `file`, and `id` and `meta`.
    private mutating func readInput(_ node: Node) -> (PipelineTest.Input, id: String?, meta: JSONObject)? {
        if node.scalar != nil { return substitutedScalar(node, for: "input").map { (.text($0), nil, [:]) } }
        guard let mapping = node.mapping else {
            error("'input' must be the document's text or a map with 'text' or 'file'", at: node)
            return nil
        }
        var content: PipelineTest.Input?
        var id: String?
        var meta: JSONObject = [:]
        for (keyNode, value) in mapping {
            let key = keyNode.scalar?.string ?? ""
            switch key {
            case "text": content = substitutedScalar(value, for: "text").map { .text($0) }
            case "file": content = substitutedScalar(value, for: "file").map { .file(path: relativeToFile($0)) }
            case "id": id = substitutedScalar(value, for: "id")
            case "meta":
                if case .object(let object) = Self.json(value) { meta = object } else {
                    error("'meta' must be a map", at: value)
                }
            default: unknownKey(key, named: "input key", among: Self.inputKeys, listed: "input keys", at: keyNode)
            }
        }
        guard let content else {
            error("'input' needs 'text' or 'file'", at: node)
            return nil
        }
        return (content, id, meta)
    }

    /// The checks of `expect:`, by output field, and the stage the document must fail in (`error: STAGE`).
    private mutating func readExpect(_ node: Node) -> ([Expectation], (stage: String, location: PipelineTest.Location)?) {
        guard let mapping = node.mapping else {
            error("'expect' must map output fields (entities, tags, text, ...) to checks", at: node)
            return ([], nil)
        }
        var expectations: [Expectation] = []
        var failure: (stage: String, location: PipelineTest.Location)?
        for (keyNode, value) in mapping {
            let field = keyNode.scalar?.string ?? ""
            if field == "error" {
                if let stage = substitutedScalar(value, for: "error") {
                    if registry.stageType(named: stage) == nil && stage != ErrorRecord.inputStage {
                        error(
                            "'error' names no stage: '\(stage)'" + Suggestion.didYouMean(stage, among: registry.names),
                            at: value)
                    }
                    failure = (stage, location(of: value))
                }
                continue
            }
            guard let checksNode = value.mapping else {
                error("the checks of '\(field)' must be a map such as {count: 2} or {contains: \"...\"}", at: value)
                continue
            }
            var checks: [Check] = []
            for (checkKey, checkValue) in checksNode {
                if let check = readCheck(checkKey, checkValue, field: field) { checks.append(check) }
            }
            expectations.append(Expectation(field: field, checks: checks))
        }
        return (expectations, failure)
    }

    private mutating func readCheck(_ keyNode: Node, _ value: Node, field: String) -> Check? {
        let name = keyNode.scalar?.string ?? ""
        let names = Check.Kind.allCases.map(\.rawValue)
        guard let kind = Check.Kind(rawValue: name) else {
            unknownKey(name, named: "check", among: names, listed: "checks on '\(field)'", at: keyNode)
            return nil
        }
        let json = Self.json(value)
        let problem: String?
        switch kind {
        case .count, .minCount:
            problem = json.intValue.map { $0 >= 0 } == true ? nil : "expects a whole number of 0 or more"
        case .includes, .excludes:
            problem = json.arrayValue == nil ? "expects a list of values or {key: value} maps" : nil
        case .contains, .notContains:
            problem = json.stringValue == nil ? "expects a string" : nil
        case .matches:
            if let pattern = json.stringValue {
                problem = (try? NSRegularExpression(pattern: pattern)) == nil ? "is no valid regular expression" : nil
            } else {
                problem = "expects a regular expression"
            }
        case .min, .max:
            problem = json.doubleValue == nil ? "expects a number" : nil
        case .equals, .first:
            problem = nil
        }
        if let problem {
            error("check '\(name)' on '\(field)' \(problem), got \(json.typeNameWithArticle)", at: value)
            return nil
        }
        return Check(kind: kind, value: json, location: location(of: keyNode))
    }

    /// `path` relative to the pipeline file's folder, unless it is absolute.
    private func relativeToFile(_ path: String) -> String {
        guard !path.hasPrefix("/") else { return path }
        return URL(fileURLWithPath: file).deletingLastPathComponent().appendingPathComponent(path).path
    }

    private func location(of node: Node) -> PipelineTest.Location {
        PipelineTest.Location(line: node.mark?.line ?? 0, column: node.mark?.column ?? 0)
    }

    /// A YAML node as a JSON value: plain scalars that read as numbers,
    /// booleans or null become those; everything else a string.
    static func json(_ node: Node) -> JSONValue {
        switch node {
        case .scalar(let scalar):
            if scalar.style == .plain {
                if node.null != nil { return .null }
                if let flag = node.bool { return .bool(flag) }
                if node.int != nil || node.float != nil, Double(scalar.string) != nil { return .number(scalar.string) }
            }
            return .string(scalar.string)
        case .sequence(let sequence): return .array(sequence.map(json))
        case .mapping(let mapping):
            return .object(JSONObject(mapping.map { (key: $0.key.scalar?.string ?? "", value: json($0.value)) }))
        case .alias: return .null
        }
    }
}
