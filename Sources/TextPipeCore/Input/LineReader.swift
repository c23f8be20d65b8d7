import Foundation

/// Reads a file (or standard input) line by line without loading it whole.
final class LineReader {
    private let file: UnsafeMutablePointer<FILE>
    private let ownsFile: Bool
    private var buffer: UnsafeMutablePointer<CChar>?
    private var capacity = 0
    /// The 1-based number of the line last returned.
    private(set) var lineNumber = 0

    /// Opens `path`; throws a message when it cannot be opened.
    init(path: String) throws(ReadFailure) {
        guard let file = fopen(path, "rb") else { throw ReadFailure.errno("cannot open") }
        self.file = file
        self.ownsFile = true
    }

    /// Reads standard input.
    init(standardInput: Void) {
        self.file = fdopen(STDIN_FILENO, "rb")
        self.ownsFile = false
    }

    deinit {
        free(buffer)
        if ownsFile { fclose(file) }
    }

    /// The next line's bytes without its line ending, or nil at the end.
    func nextLine() -> [UInt8]? {
        let length = getline(&buffer, &capacity, file)
        guard length >= 0, let buffer else { return nil }
        lineNumber += 1
        var end = length
        while end > 0, buffer[end - 1] == 0x0A || buffer[end - 1] == 0x0D { end -= 1 }
        return buffer.withMemoryRebound(to: UInt8.self, capacity: end) { Array(UnsafeBufferPointer(start: $0, count: end)) }
    }

    /// The number of lines holding something other than whitespace, counted fast.
    static func countNonEmptyLines(path: String) -> Int {
        guard let file = fopen(path, "rb") else { return 0 }
        defer { fclose(file) }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var count = 0
        var lineHasContent = false
        while true {
            let read = fread(&chunk, 1, chunk.count, file)
            if read <= 0 { break }
            for index in 0..<read {
                let byte = chunk[index]
                if byte == 0x0A {
                    if lineHasContent { count += 1 }
                    lineHasContent = false
                } else if !ASCII.isWhitespace(byte) {
                    lineHasContent = true
                }
            }
        }
        return lineHasContent ? count + 1 : count
    }
}

/// Why an input could not be read, as a message for the error record.
struct ReadFailure: Error, CustomStringConvertible {
    var description: String

    /// A failure describing the current `errno`.
    static func errno(_ action: String) -> ReadFailure {
        ReadFailure(description: "\(action): \(String(cString: strerror(Foundation.errno)))")
    }
}
