import Foundation

/// The inputs of a run resolved into an ordered list of files (and standard
/// input), before any document is read.
public struct InputPlan: Sendable {
    /// One thing to read.
    public enum Entry: Sendable, Hashable {
        /// A file; `id` is its path relative to the input root it was found under.
        case file(path: String, id: String, format: DocumentSource.Format)
        /// Standard input, read as JSON Lines.
        case standardInput
    }

    /// The file extensions a directory walk picks up.
    public static let extensions: [String: DocumentSource.Format] = [
        "txt": .text, "md": .markdown, "html": .html, "htm": .html, "jsonl": .jsonl,
    ]

    /// What to read, in order.
    public let entries: [Entry]

    /// An input that cannot be used, such as a path that does not exist.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    /// Resolves `inputs` (directories, files, `-`). A directory is walked
    /// recursively in sorted path order, skipping hidden files and folders;
    /// `include`/`exclude` globs narrow what it yields. A pattern without `/`
    /// matches the file name, one with `/` the path relative to the directory.
    public init(inputs: [String], include: [String] = [], exclude: [String] = []) throws(Failure) {
        var entries: [Entry] = []
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
                entries += try Self.walk(directory: input, include: include, exclude: exclude)
            } else {
                let name = (input as NSString).lastPathComponent
                let format = Self.extensions[(name as NSString).pathExtension.lowercased()] ?? .text
                entries.append(.file(path: input, id: name, format: format))
            }
        }
        self.entries = entries
    }

    private static func walk(directory: String, include: [String], exclude: [String]) throws(Failure) -> [Entry] {
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else {
            throw Failure(description: "cannot read directory '\(directory)'")
        }
        var found: [(id: String, format: DocumentSource.Format)] = []
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") {
                enumerator.skipDescendants()
                continue
            }
            guard let format = extensions[(name as NSString).pathExtension.lowercased()],
                enumerator.fileAttributes?[.type] as? FileAttributeType != .typeDirectory,
                GlobFilter.accepts(relative, include: include, exclude: exclude)
            else { continue }
            found.append((relative, format))
        }
        found.sort { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
        let root = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        return found.map { .file(path: root + "/" + $0.id, id: $0.id, format: $0.format) }
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

    /// Whether `path` names one of the files the plan reads (after resolving
    /// `..` and symbolic links), so a run can refuse to overwrite its own input.
    public func reads(file path: String) -> Bool {
        let target = Self.canonical(path)
        return entries.contains { entry in
            guard case .file(let inputPath, _, _) = entry else { return false }
            return Self.canonical(inputPath) == target
        }
    }

    private static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// The total size of the input files in bytes (standard input not counted).
    public func totalBytes() -> Int {
        entries.reduce(0) { total, entry in
            guard case .file(let path, _, _) = entry else { return total }
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            return total + size
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
