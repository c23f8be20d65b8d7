import Foundation

/// Finds a file a stage module ships as a SwiftPM resource (a model, say)
/// without SwiftPM's generated `Bundle.module`, which stops the program when
/// the resource bundle is not beside the executable. Here a missing file is
/// an ordinary error the stage reports.
public enum BundledResource {
    /// The path of `file` from the resource bundle `bundle` (SwiftPM names it
    /// `PACKAGE_TARGET`, e.g. `textpipe_TextPipeTag`), looked for beside the
    /// running executable (as SwiftPM lays out builds on Linux), in
    /// `PREFIX/share/textpipe` for an executable in `PREFIX/bin` (as
    /// `scripts/install` lays out an installation), and in the main bundle's
    /// resources (macOS).
    public static func path(of file: String, bundle: String) -> String? {
        let candidates = searchFolders().flatMap { folder in
            [
                folder.appendingPathComponent("\(bundle).resources/\(file)"),
                folder.appendingPathComponent("\(bundle).bundle/\(file)"),
                folder.appendingPathComponent("\(bundle).bundle/Contents/Resources/\(file)"),
            ]
        }
        return candidates.first { FileManager.default.fileExists(atPath: $0.path) }?.path
    }

    /// Where a missing bundle should be, for error messages.
    public static func whereToKeep(_ bundle: String) -> String {
        "keep \(bundle).resources beside the textpipe executable, or in PREFIX/share/textpipe for one in PREFIX/bin "
            + "(scripts/install puts it there)"
    }

    private static func searchFolders() -> [URL] {
        var folders: [URL] = []
        if let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() {
            let folder = executable.deletingLastPathComponent()
            folders += [folder, folder.deletingLastPathComponent().appendingPathComponent("share/textpipe")]
        }
        return folders + [Bundle.main.bundleURL, Bundle.main.resourceURL].compactMap { $0 }
    }
}
