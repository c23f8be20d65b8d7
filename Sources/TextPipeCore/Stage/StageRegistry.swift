/// The stages a runner knows, by name. Built once at start and read-only after.
public struct StageRegistry: Sendable {
    /// The registered stage types in registration order.
    public let stageTypes: [any Stage.Type]
    private let byName: [String: any Stage.Type]

    /// Creates a registry. A later type with the same name as an earlier one replaces it,
    /// so a custom runner can override a standard stage.
    public init(_ stageTypes: [any Stage.Type]) {
        var byName: [String: any Stage.Type] = [:]
        var ordered: [any Stage.Type] = []
        for type in stageTypes {
            if byName[type.name] != nil {
                ordered.removeAll { $0.name == type.name }
            }
            byName[type.name] = type
            ordered.append(type)
        }
        self.stageTypes = ordered
        self.byName = byName
    }

    /// The stage type called `name`.
    public func stageType(named name: String) -> (any Stage.Type)? { byName[name] }

    /// All stage names in registration order.
    public var names: [String] { stageTypes.map { $0.name } }

    /// A registry with `more` stage types added after these.
    public func adding(_ more: [any Stage.Type]) -> StageRegistry {
        StageRegistry(stageTypes + more)
    }
}
