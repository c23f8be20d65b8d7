import Foundation

/// Messages for people, on standard error.
enum Console {
    /// Whether standard error is a terminal (progress lines only make sense there).
    static var standardErrorIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// Writes `message` and a newline to standard error.
    static func error(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

    /// Writes `text` to standard error without a newline.
    static func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
