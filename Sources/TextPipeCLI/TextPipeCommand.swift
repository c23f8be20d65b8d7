import ArgumentParser
import Foundation
import TextPipe

/// The `textpipe` command line, reusable by custom runners that add their own stages:
///
/// ```swift
/// import TextPipeCLI
/// TextPipeCommand.main(registry: StandardStages.registry.adding([MyStage.self]))
/// ```
public struct TextPipeCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "textpipe",
        abstract: "Runs text-processing pipelines (clean, segment, entities, summarize, tag) over batches of documents.",
        subcommands: [
            RunCommand.self, MergeCommand.self, ValidateCommand.self, TestCommand.self, StagesCommand.self, BenchCommand.self,
            ReportCommand.self, EvalCommand.self, TrainCommand.self, NewStageCommand.self,
        ]
    )

    public init() {}

    /// Runs the command line with `registry`'s stages and exits with the status
    /// CONTRACT.md promises (2 for bad usage).
    public static func main(registry: StageRegistry) -> Never {
        RegistryStore.shared.install(registry)
        // Past a file-size limit (`ulimit -f`) a write then fails like one to a
        // full disk, which is reported and cleaned up, instead of killing us.
        signal(SIGXFSZ, SIG_IGN)
        do {
            var command = try parseAsRoot()
            try command.run()
            Foundation.exit(0)
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch {
            let status = exitCode(for: error)
            if status == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            Console.error(fullMessage(for: error))
            Foundation.exit(2)
        }
    }
}

/// The registry the commands use, installed once at start (like a logging bootstrap).
final class RegistryStore: @unchecked Sendable {
    static let shared = RegistryStore()
    private let lock = NSLock()
    private var installed: StageRegistry?

    func install(_ registry: StageRegistry) {
        lock.withLock { installed = registry }
    }

    var registry: StageRegistry {
        lock.withLock { installed ?? StandardStages.registry }
    }
}

/// Exit statuses of CONTRACT.md.
enum ExitStatus {
    /// Some documents failed.
    static let documentsFailed = ExitCode(1)
    /// Bad usage or bad pipeline; nothing processed.
    static let usage = ExitCode(2)
    /// Stopped by Ctrl-C or SIGTERM after writing the documents in flight (128 + SIGINT, as shells expect).
    static let interrupted = ExitCode(130)
}
