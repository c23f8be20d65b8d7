import Foundation

/// Everything a stage type says about itself, with option defaults rendered as
/// text: the source of `textpipe stages` and of the README's stage reference.
public struct StageDescription: Sendable {
    /// One option with its default.
    public struct Option: Sendable {
        public var name: String
        public var type: String
        /// The default as YAML would write it; `none` when unset.
        public var defaultValue: String
        public var help: String
    }

    public var name: String
    public var summary: String
    public var needs: [Annotation]
    public var provides: [Annotation]
    public var options: [Option]

    /// Describes `type`.
    public init(_ type: any Stage.Type) {
        name = type.name
        summary = type.summary
        needs = type.needs
        provides = type.provides
        options = Self.options(of: type)
    }

    private static func options<S: Stage>(of type: S.Type) -> [Option] {
        let defaults = encodedDefaults(S.Options())
        return S.Options.documentation.map { option in
            Option(
                name: option.name, type: option.type,
                defaultValue: defaults[option.name].map(yamlText) ?? "none", help: option.help)
        }
    }

    /// The default options as a JSON object (keys of nil options are absent).
    static func encodedDefaults<Options: StageOptions>(_ options: Options) -> JSONObject {
        guard let data = try? JSONEncoder().encode(options),
            let value = try? data.withUnsafeBytes({ try JSONParser.parse($0.bindMemory(to: UInt8.self)) })
        else { return [:] }
        return value.objectValue ?? [:]
    }

    private static func yamlText(_ value: JSONValue) -> String {
        switch value {
        case .null: "none"
        case .bool(let flag): flag ? "true" : "false"
        case .number(let text): text
        case .string(let text): text
        case .array(let elements): "[" + elements.map(yamlText).joined(separator: ", ") + "]"
        case .object(let object): "{" + object.members.map { "\($0.key): \(yamlText($0.value))" }.joined(separator: ", ") + "}"
        }
    }
}
