import Foundation
import TextPipeCore

/// The program an exec stage runs, resolved once when the pipeline is loaded
/// so that a missing program is a validation error rather than a failure of
/// every document.
struct ExecCommand: Sendable {
    /// The program's absolute (or cwd-relative) path.
    let executablePath: String
    /// The arguments after the program.
    let arguments: [String]
    /// The default stage name: the script's base name for an interpreter
    /// (`python3 word_stats.py` gives `word_stats`), else the program's.
    let defaultName: String

    /// Programs that run a script named by their first non-option argument
    /// (without version digits: `python3.11` counts as `python`).
    private static let interpreters: Set<String> = [
        "python", "node", "deno", "bun", "ruby", "perl", "php", "sh", "bash", "zsh", "Rscript", "julia",
        "lua",
    ]

    /// Resolves `command[0]` (a path, or a name looked up on `searchPath`) and,
    /// for an interpreter, checks that the script file exists.
    init(_ command: [String], searchPath: String) throws(StageError) {
        guard let program = command.first, !program.isEmpty else {
            throw StageError("exec needs a command, e.g. command: [python3, my_stage.py]")
        }
        guard let path = Self.locate(program, searchPath: searchPath) else {
            throw StageError(
                program.contains("/")
                    ? "command '\(program)' not found or not executable"
                    : "command '\(program)' not found on PATH")
        }
        executablePath = path
        arguments = Array(command.dropFirst())
        let programName = (program as NSString).lastPathComponent
        let script = Self.interpreters.contains(programName.withoutVersion) ? arguments.first { !$0.hasPrefix("-") } : nil
        if let script, !(script as NSString).pathExtension.isEmpty, !FileManager.default.fileExists(atPath: script) {
            throw StageError("script '\(script)' not found (paths are relative to the current directory)")
        }
        defaultName = ((script ?? programName) as NSString).lastPathComponent.deletingExtension
    }

    private static func locate(_ program: String, searchPath: String) -> String? {
        if program.contains("/") {
            return FileManager.default.isExecutableFile(atPath: program) ? program : nil
        }
        return searchPath.split(separator: ":").lazy.map { "\($0)/\(program)" }.first {
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: $0, isDirectory: &isDirectory) && !isDirectory.boolValue
                && FileManager.default.isExecutableFile(atPath: $0)
        }
    }
}

extension String {
    /// The name without trailing version digits and dots.
    fileprivate var withoutVersion: String {
        var name = self
        while let last = name.last, last.isNumber || last == "." { name.removeLast() }
        return name
    }

    fileprivate var deletingExtension: String { (self as NSString).deletingPathExtension }
}
