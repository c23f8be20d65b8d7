import Foundation

/// Finds a file a stage module ships as a SwiftPM resource (a model, say)
/// without SwiftPM's generated `Bundle.module`, which stops the program when
/// the resource bundle is not beside the executable. Here a missing file is
/// an ordinary error the stage reports.
public enum BundledResource {
    /// The path of `file` from the resource bundle `bundle` (SwiftPM names it
    /// `PACKAGE_TARGET`, e.g. `textpipe_TextPipeTag`), looked for beside the
    /// running executable (as SwiftPM lays out builds on Linux), in the main
    /// bundle's resources (macOS), and last in `sourceFolder` (the module's
    /// own folder in a checkout, for an executable moved elsewhere).
    public static func path(of file: String, bundle: String, sourceFolder: String) -> String? {
        let bundleFolders = [executableFolder(), Bundle.main.bundleURL, Bundle.main.resourceURL].compactMap { $0 }
        let candidates =
            bundleFolders.flatMap { folder in
                [
                    folder.appendingPathComponent("\(bundle).resources/\(file)"),
                    folder.appendingPathComponent("\(bundle).bundle/\(file)"),
                    folder.appendingPathComponent("\(bundle).bundle/Contents/Resources/\(file)"),
                ]
            } + [URL(fileURLWithPath: sourceFolder).appendingPathComponent(file)]
        return candidates.first { FileManager.default.fileExists(atPath: $0.path) }?.path
    }

    private static func executableFolder() -> URL? {
        URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath().deletingLastPathComponent()
    }
}
