import Foundation

/// Checks that an input of the report is a file that can be read, so the
/// message says what is wrong with it.
enum ReadableFile {
    static func check(_ path: String) throws(ReportFailure) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ReportFailure("cannot read '\(path)': no such file")
        }
        guard !isDirectory.boolValue else { throw ReportFailure("cannot read '\(path)': it is a folder, not a file") }
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw ReportFailure("cannot read '\(path)': permission denied")
        }
    }
}
