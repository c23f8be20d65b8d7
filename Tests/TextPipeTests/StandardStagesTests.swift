import Foundation
import Testing
import TextPipe

@Suite struct StandardStagesTests {
    @Test func registryHoldsTheStandardStagesInPipelineOrder() {
        #expect(StandardStages.registry.names == ["clean", "segment", "entities", "summarize", "tag", "exec"])
    }

    @Test(arguments: StandardStages.all.map { StageCheck($0) })
    func optionsAreDocumentedExactly(_ check: StageCheck) {
        let description = StageDescription(check.type)
        let documented = Set(description.options.map(\.name))
        #expect(documented.count == description.options.count, "an option is documented twice")
        #expect(check.encodedOptionKeys.isSubset(of: documented), "undocumented options of \(check.type.name)")
        #expect(!description.summary.isEmpty)
        for option in description.options {
            #expect(!option.help.isEmpty && !option.type.isEmpty, "\(check.type.name).\(option.name)")
        }
    }

    /// Every stage but `exec`, which cannot run without a command, works as a bare name.
    @Test(arguments: StandardStages.all.filter { $0.name != ExecStage.name }.map { StageCheck($0) })
    func defaultOptionsBuildTheStage(_ check: StageCheck) throws {
        try check.buildWithDefaults()
    }

    @Test func execNeedsACommand() {
        #expect(throws: StageError.self) { try ExecStage(options: ExecStage.Options()) }
    }

    @Test func needsAreProvidedByEarlierStandardStages() {
        var provided: Set<Annotation> = []
        for type in StandardStages.all {
            #expect(Set(type.needs).isSubset(of: provided), "\(type.name) needs more than earlier stages provide")
            provided.formUnion(type.provides)
        }
    }
}

/// A stage type wrapped for parameterised tests.
struct StageCheck: CustomTestStringConvertible, Sendable {
    let type: any Stage.Type

    init(_ type: any Stage.Type) { self.type = type }

    var testDescription: String { type.name }

    /// The option keys the default options encode to.
    var encodedOptionKeys: Set<String> { encodedKeys(ofDefaultsOf: self.type) }

    func buildWithDefaults() throws { try buildWithDefaultOptions(self.type) }
}

private func encodedKeys<S: Stage>(ofDefaultsOf type: S.Type) -> Set<String> {
    guard let data = try? JSONEncoder().encode(S.Options()),
        let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
    else { return [] }
    return Set(object.keys)
}

private func buildWithDefaultOptions<S: Stage>(_ type: S.Type) throws {
    _ = try S(options: S.Options())
}
