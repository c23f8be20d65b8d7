import Foundation

/// Finds the document files below a folder for ``InputPlan``.
///
/// Hidden files and folders are skipped. Symbolic links to files are
/// followed; links to folders are not (one may loop back up the tree, or
/// lead to a folder read elsewhere already) and each gets a warning. So do
/// folders that cannot be listed and files of a known extension that are
/// no regular files (a named pipe would block the run). A link that leads
/// nowhere or loops on itself is kept when its name has a document
/// extension, so reading it fails with an error record naming the problem.
struct DirectoryWalker {
    /// A document file, by its path relative to the root.
    struct Found {
        var relativePath: String
        var format: DocumentSource.Format
    }

    private let root: String
    private let include: [String]
    private let exclude: [String]
    private let leftOut: Set<FileStatus.Identity>
    private(set) var found: [Found] = []
    private(set) var warnings: [String] = []

    /// Walks `root` (without a trailing slash); files that are one of `leftOut` are not taken.
    init(root: String, include: [String], exclude: [String], leavingOut leftOut: Set<FileStatus.Identity>)
        throws(InputPlan.Failure)
    {
        self.root = root
        self.include = include
        self.exclude = exclude
        self.leftOut = leftOut
        var folders = [""]
        while let folder = folders.popLast() {
            let names: [String]
            do {
                let path = folder.isEmpty ? (root.isEmpty ? "/" : root) : root + "/" + folder
                names = try Self.names(in: path, shownAs: folder.isEmpty ? root : folder)
            } catch {
                guard !folder.isEmpty else { throw InputPlan.Failure(description: error.description) }
                warnings.append("\(error); skipped")
                continue
            }
            for name in names where !name.hasPrefix(".") {
                let relative = folder.isEmpty ? name : folder + "/" + name
                if visit(relative, name: name) { folders.append(relative) }
            }
        }
        found.sort { $0.relativePath.utf8.lexicographicallyPrecedes($1.relativePath.utf8) }
    }

    /// Takes or reports the entry at `relative`; whether it is a folder to walk into.
    private mutating func visit(_ relative: String, name: String) -> Bool {
        let path = root + "/" + relative
        let format = InputPlan.extensions[(name as NSString).pathExtension.lowercased()]
        let wanted = format != nil && GlobFilter.accepts(relative, include: include, exclude: exclude)
        guard let entry = FileStatus(linkAt: path) else {
            warnings.append("\(ReadFailure.errno("cannot read '\(relative)'")); skipped")
            return false
        }
        let isLink = entry.kind == .symbolicLink
        guard let target = isLink ? FileStatus(path: path) : entry else {
            if let format, wanted {
                found.append(Found(relativePath: relative, format: format))
            } else {
                warnings.append("\(ReadFailure.errno("cannot follow the symbolic link '\(relative)'")); skipped")
            }
            return false
        }
        switch target.kind {
        case .directory where isLink:
            warnings.append(
                "'\(relative)' is a symbolic link to a folder, not followed (it may loop); "
                    + "give it as an input of its own to read it")
        case .directory:
            return true
        case .regularFile:
            if let format, wanted, !leftOut.contains(target.identity) {
                found.append(Found(relativePath: relative, format: format))
            }
        case .symbolicLink, .other:
            if wanted { warnings.append("'\(relative)' is not a regular file (a pipe, socket or device); skipped") }
        }
        return false
    }

    /// The names in the folder at `path`, sorted, without `.` and `..`; errors show the folder as `shown`.
    private static func names(in path: String, shownAs shown: String) throws(ReadFailure) -> [String] {
        guard let directory = opendir(path) else { throw ReadFailure.errno("cannot read folder '\(shown)'") }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }
}
