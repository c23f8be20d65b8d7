import ArgumentParser
import TextPipe

/// `textpipe stages [NAME]`: lists the registered stages, or one stage's options.
struct StagesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stages",
        abstract: "List the registered stages; with a name, its options, their types and defaults."
    )

    @Argument(help: "A stage name to describe in full.")
    var name: String?

    @Flag(help: "Print the reference of every stage as Markdown (the README's stage reference).")
    var markdown = false

    func run() throws {
        let registry = RegistryStore.shared.registry
        let descriptions = registry.stageTypes.map(StageDescription.init)
        if markdown {
            print(StageReference.markdown(descriptions), terminator: "")
            return
        }
        guard let name else {
            print(StageReference.list(descriptions), terminator: "")
            return
        }
        guard let description = descriptions.first(where: { $0.name == name }) else {
            Console.error(
                "error: unknown stage '\(name)'" + Suggestion.didYouMean(name, among: registry.names)
                    + " (known stages: \(registry.names.joined(separator: ", ")))")
            throw ExitStatus.usage
        }
        print(StageReference.detail(description), terminator: "")
    }
}

/// Renders stage descriptions for people: a list, one stage in detail, or Markdown.
enum StageReference {
    static func list(_ descriptions: [StageDescription]) -> String {
        let width = descriptions.map(\.name.count).max() ?? 0
        var text = ""
        for description in descriptions {
            text += description.name.padding(toLength: width + 2, withPad: " ", startingAt: 0) + description.summary + "\n"
        }
        return text + "\nRun 'textpipe stages NAME' for a stage's options.\n"
    }

    static func detail(_ description: StageDescription) -> String {
        var text = "\(description.name): \(description.summary)\n"
        text += "  needs:    \(joined(description.needs))\n"
        text += "  provides: \(joined(description.provides))\n"
        guard !description.options.isEmpty else { return text + "  options:  none\n" }
        text += "  options:\n"
        for option in description.options {
            text += "    \(option.name) (\(option.type), default \(option.defaultValue))\n"
            text += "        \(option.help)\n"
        }
        return text
    }

    static func markdown(_ descriptions: [StageDescription]) -> String {
        var text = ""
        for description in descriptions {
            text += "### `\(description.name)`\n\n\(description.summary)\n\n"
            text += "Needs: \(joined(description.needs)). Provides: \(joined(description.provides)).\n\n"
            guard !description.options.isEmpty else {
                text += "No options.\n\n"
                continue
            }
            text += "| option | type | default | what it does |\n| --- | --- | --- | --- |\n"
            for option in description.options {
                let type = option.type.replacingOccurrences(of: "|", with: "\\|")
                text += "| `\(option.name)` | \(type) | `\(option.defaultValue)` | \(option.help) |\n"
            }
            text += "\n"
        }
        return text
    }

    private static func joined(_ annotations: [Annotation]) -> String {
        annotations.isEmpty ? "nothing" : annotations.map(\.rawValue).joined(separator: ", ")
    }
}
