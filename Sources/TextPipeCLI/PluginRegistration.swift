import Foundation

/// Registers a stage module in the two files that list plugin modules:
/// `Package.swift` (which builds it) and `Sources/textpipe/PluginStages.swift`
/// (which imports it and adds its stage type). Both keep their lists sorted,
/// one entry per line, so the edits are plain line insertions.
enum PluginRegistration {
    static let manifestPath = "Package.swift"
    static let stagesPath = "Sources/textpipe/PluginStages.swift"

    /// `manifest` with `module` added to its `pluginModules` list.
    static func addingModule(_ module: String, toManifest manifest: String) throws(ScaffoldError) -> String {
        try insert(
            "    \"\(module)\",", intoListOpenedBy: "let pluginModules: [String] = [", in: manifest, file: manifestPath)
    }

    /// `source` (PluginStages.swift) with `import MODULE` and `TYPE.self` added.
    static func addingStage(_ type: String, module: String, toStages source: String) throws(ScaffoldError) -> String {
        var lines = source.components(separatedBy: "\n")
        guard let firstImport = lines.firstIndex(where: { $0.hasPrefix("import ") }) else {
            throw ScaffoldError("\(stagesPath) has no import lines to add 'import \(module)' to")
        }
        var end = firstImport
        while end < lines.count && lines[end].hasPrefix("import ") { end += 1 }
        let imports = Set(lines[firstImport..<end]).union(["import \(module)"]).sorted()
        lines.replaceSubrange(firstImport..<end, with: imports)
        return try insert(
            "    \(type).self,", intoListOpenedBy: "let pluginStages: [any Stage.Type] = [",
            in: lines.joined(separator: "\n"), file: stagesPath)
    }

    /// Inserts `entry` in sorted position into the one-entry-per-line list
    /// that starts at the line `opening` and ends at a line `]`.
    private static func insert(_ entry: String, intoListOpenedBy opening: String, in text: String, file: String)
        throws(ScaffoldError) -> String
    {
        var lines = text.components(separatedBy: "\n")
        guard let open = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == opening }),
            let close = lines[(open + 1)...].firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "]" })
        else {
            throw ScaffoldError("\(file) has no list starting with the line '\(opening)' and ending with ']'; add '\(entry.trimmingCharacters(in: .whitespaces))' to it by hand")
        }
        let entries = Set(lines[(open + 1)..<close]).union([entry]).sorted()
        lines.replaceSubrange((open + 1)..<close, with: entries)
        return lines.joined(separator: "\n")
    }
}
