import Foundation

/// The inputs of a run resolved into an ordered list of files (and standard
/// input), before any document is read.
public struct InputPlan: Sendable {
    /// One thing to read.
    public enum Entry: Sendable, Hashable {
        /// A file; `id` is its path relative to the input root it was found under.
        case file(path: String, id: String, format: DocumentSource.Format)
        /// Standard input, read as ``standardInputFormat`` says.
        case standardInput
    }

    /// How standard input is read.
    public enum StandardInputFormat: String, Sendable, CaseIterable {
        /// One JSON document per line, as a `.jsonl` file.
        case jsonl
        /// All of it is one plain-text document, with the id `stdin`.
        case text
    }

    /// How standard input is read (JSON Lines unless set).
    public var standardInputFormat = StandardInputFormat.jsonl

    /// The file extensions a directory walk picks up.
    public static let extensions: [String: DocumentSource.Format] = [
        "txt": .text, "md": .markdown, "html": .html, "htm": .html, "jsonl": .jsonl,
    ]

    /// What to read, in order.
    public let entries: [Entry]

    /// What directory walks skipped and why: symbolic links to folders,
    /// folders that cannot be listed, files that are no regular files.
    public let warnings: [String]

    /// An input that cannot be used, such as a path that does not exist.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    /// Resolves `inputs` (directories, files, `-`). A directory is walked
    /// recursively in sorted path order, skipping hidden files and folders
    /// (see ``DirectoryWalker``); `include`/`exclude` globs narrow what it
    /// yields. A pattern without `/` matches the file name, one with `/` the
    /// path relative to the directory. Walks leave out the files at
    /// `leavingOut` (a run's own output), so they are never read back.
    public init(inputs: [String], include: [String] = [], exclude: [String] = [], leavingOut: [String] = [])
        throws(Failure)
    {
        var entries: [Entry] = []
        var warnings: [String] = []
        let leftOut = Set(leavingOut.compactMap { FileStatus(path: $0)?.identity })
        let fileManager = FileManager.default
        for input in inputs {
            if input == "-" {
                entries.append(.standardInput)
                continue
            }
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: input, isDirectory: &isDirectory) else {
                throw Failure(description: "input '\(input)' does not exist")
            }
            if isDirectory.boolValue {
                let root = input.hasSuffix("/") ? String(input.dropLast()) : input
                let walk = try DirectoryWalker(root: root, include: include, exclude: exclude, leavingOut: leftOut)
                entries += walk.found.map { found in
                    .file(path: root + "/" + found.relativePath, id: found.relativePath, format: found.format)
                }
                warnings += walk.warnings
            } else {
                let name = (input as NSString).lastPathComponent
                let format = Self.extensions[(name as NSString).pathExtension.lowercased()] ?? .text
                entries.append(.file(path: input, id: name, format: format))
            }
        }
        self.entries = entries
        self.warnings = warnings
    }

    /// How many documents the plan holds: one per file plus one per non-empty
    /// line of JSONL files. Nil when standard input is among the inputs.
    public func countDocuments() -> Int? {
        var count = 0
        for entry in entries {
            switch entry {
            case .standardInput: return nil
            case .file(let path, _, let format):
                count += format == .jsonl ? LineReader.countNonEmptyLines(path: path) : 1
            }
        }
        return count
    }

    /// Whether `path` names one of the files the plan reads (by any path:
    /// through `..`, symbolic or hard links), so a run can refuse to
    /// overwrite its own input.
    public func reads(file path: String) -> Bool {
        guard let target = FileStatus(path: path)?.identity else { return false }
        return entries.contains { entry in
            guard case .file(let inputPath, _, _) = entry else { return false }
            return FileStatus(path: inputPath)?.identity == target
        }
    }

    /// The total size of the input files in bytes (standard input not counted).
    public func totalBytes() -> Int {
        entries.reduce(0) { total, entry in
            guard case .file(let path, _, _) = entry else { return total }
            return total + (FileStatus(path: path)?.size ?? 0)
        }
    }
}

/// Include and exclude glob patterns for directory walks.
enum GlobFilter {
    static func accepts(_ relativePath: String, include: [String], exclude: [String]) -> Bool {
        if !include.isEmpty && !include.contains(where: { matches($0, relativePath) }) { return false }
        return !exclude.contains { matches($0, relativePath) }
    }

    static func matches(_ pattern: String, _ relativePath: String) -> Bool {
        let subject = pattern.contains("/") ? relativePath : (relativePath as NSString).lastPathComponent
        return fnmatch(pattern, subject, 0) == 0
    }
}
