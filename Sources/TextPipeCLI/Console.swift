import Foundation

/// Messages for people, on standard error.
enum Console {
    /// Whether standard error is a terminal (progress lines only make sense there).
    static var standardErrorIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// The width of the terminal on standard error in columns: asked of the
    /// terminal each time (it may be resized), else `COLUMNS`, else 80.
    static var standardErrorWidth: Int {
        var size = winsize()
        if ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init).flatMap { $0 > 0 ? $0 : nil } ?? 80
    }

    /// Writes `message` and a newline to standard error.
    static func error(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

    /// Writes `text` to standard error without a newline.
    static func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
