import Foundation
import Yams

extension PipelineFileReader {
    /// Reads the `stages:` list: builds each stage and checks that every stage's
    /// needs are provided by an earlier one.
    mutating func readStages(_ node: Node) -> [ConfiguredStage] {
        guard let sequence = node.sequence else {
            error("'stages' must be a list, e.g. '- clean' on its own line for each stage", at: node)
            return []
        }
        if sequence.isEmpty { error("'stages' is empty; name at least one stage", at: node) }
        var stages: [ConfiguredStage] = []
        var provided: Set<Annotation> = []
        for entry in sequence {
            guard let (nameNode, optionsNode, timeoutNode) = stageEntry(entry), let name = nameNode.scalar?.string
            else { continue }
            let timeout = timeoutNode.flatMap { duration($0, for: "timeout") }
            guard let type = registry.stageType(named: name) else {
                error(
                    "unknown stage '\(name)'" + Suggestion.didYouMean(name, among: registry.names)
                        + " (run 'textpipe stages' to list them)", at: nameNode)
                // Assume the likely intended stage, so a typo does not also
                // cause "needs" errors further down.
                let intended = Suggestion.closest(to: name, among: registry.names).flatMap(registry.stageType(named:))
                provided.formUnion(intended?.provides ?? [])
                continue
            }
            checkNeeds(of: type, provided: provided, at: nameNode)
            provided.formUnion(type.provides)
            if let stage = makeStage(type, options: optionsNode, at: nameNode) {
                stages.append(ConfiguredStage(name: name, stage: stage, timeout: timeout))
            }
        }
        return stages
    }

    /// The stage's name node, its options node (nil for a bare name) and its
    /// `timeout` node: a stage map may have `timeout:` beside the stage's name.
    private mutating func stageEntry(_ entry: Node) -> (Node, Node?, Node?)? {
        if entry.scalar != nil { return (entry, nil, nil) }
        if let mapping = entry.mapping, (1...2).contains(mapping.count) {
            let timeout = mapping.first { $0.key.scalar?.string == "timeout" }
            let named = mapping.filter { $0.key.scalar?.string != "timeout" }
            if named.count == 1, let (name, options) = named.first {
                guard name.scalar != nil else {
                    error("a stage name must be a plain word", at: name)
                    return nil
                }
                return (name, options, timeout?.value)
            }
        }
        error(
            "a stage is written as its name ('- segment') or as its name with options ('- summarize: {sentences: 3}'), "
                + "optionally with a 'timeout:' beside the name", at: entry)
        return nil
    }

    private mutating func checkNeeds(of type: any Stage.Type, provided: Set<Annotation>, at node: Node) {
        for need in type.needs where !provided.contains(need) {
            let providers = registry.stageTypes.filter { $0.provides.contains(need) }.map { "'\($0.name)'" }
            let hint = providers.isEmpty ? "" : "; add \(providers.joined(separator: " or ")) before it"
            error("stage '\(type.name)' needs \(need), which no earlier stage provides\(hint)", at: node)
        }
    }

    /// Decodes the stage's options over its defaults and builds it.
    private mutating func makeStage<S: Stage>(_ type: S.Type, options node: Node?, at nameNode: Node) -> S? {
        var options = S.Options()
        if let node, !isNull(node) {
            guard let (overrides, allKnown) = checkedOptions(of: type, node) else { return nil }
            // Decode even when some names are unknown, so bad values are reported in the same run.
            guard let decoded = decodeOptions(S.Options.self, overrides: overrides, stageName: S.name), allKnown else {
                return nil
            }
            options = decoded
        }
        do {
            return try S(options: options)
        } catch {
            self.error("stage '\(S.name)': \(error)", at: node ?? nameNode)
            return nil
        }
    }

    private func isNull(_ node: Node) -> Bool {
        guard let scalar = node.scalar else { return false }
        return scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// The user's known options with `${VAR}` substituted, and whether every name was known;
    /// nil when the options are not a map.
    private mutating func checkedOptions<S: Stage>(of type: S.Type, _ node: Node)
        -> (overrides: [(key: Node, value: Node)], allKnown: Bool)?
    {
        guard let mapping = node.mapping else {
            error("options of stage '\(S.name)' must be a map such as {name: value}", at: node)
            return nil
        }
        let known = S.Options.documentation.map(\.name)
        var overrides: [(key: Node, value: Node)] = []
        var valid = true
        for (key, value) in mapping {
            let name = key.scalar?.string ?? ""
            guard known.contains(name) else {
                let list = known.isEmpty ? "it has no options" : "its options are \(known.joined(separator: ", "))"
                error(
                    "unknown option '\(name)' for stage '\(S.name)'" + Suggestion.didYouMean(name, among: known)
                        + " (\(list))", at: key)
                valid = false
                continue
            }
            guard let substituted = substituted(value, key: name) else {
                valid = false
                continue
            }
            overrides.append((key, substituted))
        }
        return (overrides, valid)
    }

    /// `node` with `${VAR}` references replaced in every scalar, marks kept.
    private mutating func substituted(_ node: Node, key: String) -> Node? {
        switch node {
        case .scalar(var scalar):
            guard scalar.string.contains("$") else { return node }
            guard let text = substitutedScalar(node, for: key) else { return nil }
            let style = scalar.style
            scalar.string = text
            scalar.style = style
            return .scalar(scalar)
        case .sequence(var sequence):
            for index in sequence.indices {
                guard let element = substituted(sequence[index], key: key) else { return nil }
                sequence[index] = element
            }
            return .sequence(sequence)
        case .mapping(let mapping):
            var pairs: [(Node, Node)] = []
            for (pairKey, value) in mapping {
                guard let element = substituted(value, key: key) else { return nil }
                pairs.append((pairKey, element))
            }
            var copy = mapping
            copy = Node.Mapping(pairs, mapping.tag, mapping.style, mapping.mark)
            return .mapping(copy)
        case .alias:
            return node
        }
    }

    /// Decodes `Options` from the defaults with the user's values laid over them.
    private mutating func decodeOptions<Options: StageOptions>(
        _ type: Options.Type, overrides: [(key: Node, value: Node)], stageName: String
    ) -> Options? {
        var pairs = OptionDefaults.nodePairs(of: Options())
        for override in overrides {
            let name = override.key.scalar?.string
            pairs.removeAll { $0.0.scalar?.string == name }
            pairs.append((override.key, override.value))
        }
        do {
            return try YAMLDecoder().decode(Options.self, from: .mapping(Node.Mapping(pairs)))
        } catch let decodingError as DecodingError {
            let (optionName, problem) = OptionDefaults.describe(decodingError)
            let documentation = Options.documentation.first { $0.name == optionName }
            let valueNode = overrides.first { $0.key.scalar?.string == optionName }?.value
            let given = valueNode?.scalar.map { " '\($0.string)'" } ?? ""
            let expected = documentation.map { "expects \($0.type)" } ?? problem
            error("option '\(optionName)' of stage '\(stageName)' \(expected); got\(given.isEmpty ? " a \(Self.kind(of: valueNode))" : given)", at: valueNode)
            return nil
        } catch {
            self.error("options of stage '\(stageName)': \(error)", at: overrides.first?.value)
            return nil
        }
    }

    private static func kind(of node: Node?) -> String {
        switch node {
        case .mapping: "map"
        case .sequence: "list"
        default: "value"
        }
    }
}

/// Turns a stage's default options into YAML nodes, so user values can be laid
/// over them and the whole decoded with the options' own `Codable` conformance.
enum OptionDefaults {
    static func nodePairs<Options: StageOptions>(of options: Options) -> [(Node, Node)] {
        StageDescription.encodedDefaults(options).members.map { (Node($0.key), node(from: $0.value)) }
    }

    static func node(from value: JSONValue) -> Node {
        switch value {
        case .null: Node("null", Yams.Tag(.null))
        case .bool(let flag): Node(flag ? "true" : "false", Yams.Tag(.bool))
        case .number(let text): Node(text, Yams.Tag(Int(text) != nil ? .int : .float))
        case .string(let text): Node(text, Yams.Tag(.str))
        case .array(let elements): Node(elements.map(node(from:)))
        case .object(let object): Node(object.members.map { (Node($0.key), node(from: $0.value)) })
        }
    }

    /// The option the error is about and a description of the problem.
    static func describe(_ error: DecodingError) -> (option: String, problem: String) {
        let context: DecodingError.Context
        switch error {
        case .typeMismatch(_, let c), .valueNotFound(_, let c), .dataCorrupted(let c): context = c
        case .keyNotFound(let key, let c): return (key.stringValue, "is missing (\(c.debugDescription))")
        @unknown default: return ("", "\(error)")
        }
        return (context.codingPath.first?.stringValue ?? "", DecodingErrorDescription.describe(error))
    }
}
