import ArgumentParser
import TextPipe

/// `textpipe validate PIPELINE.yaml...`: checks pipelines without running them.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check pipeline files without running them (exit 0 valid, 2 invalid)."
    )

    @Argument(help: "Pipeline files to check.")
    var pipelines: [String]

    func run() throws {
        let loader = PipelineLoader(registry: RegistryStore.shared.registry)
        var valid = true
        for path in pipelines {
            do {
                let pipeline = try loader.load(file: path)
                print("\(path): valid (\(pipeline.stages.map(\.name).joined(separator: " → ")))")
            } catch {
                valid = false
                Console.error(error.description)
            }
        }
        if !valid { throw ExitStatus.usage }
    }
}
