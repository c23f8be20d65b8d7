import Foundation

/// A buffered, append-only byte stream to a file or standard output/error.
public final class OutputFile: @unchecked Sendable {
    private let handle: UnsafeMutablePointer<FILE>
    private let ownsHandle: Bool
    /// The path written to, or `-`/`stderr` for the standard streams.
    public let path: String
    /// Bytes written so far: the offset of the next line.
    public private(set) var position = 0

    /// Creates (truncating) the file at `path`, making missing parent folders.
    public init(creating path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        guard let handle = fopen(path, "wb") else {
            throw StageError("cannot write '\(path)': \(String(cString: strerror(errno)))")
        }
        setvbuf(handle, nil, _IOFBF, 1 << 16)
        self.handle = handle
        self.ownsHandle = true
        self.path = path
    }

    /// Standard output.
    public static func standardOutput() -> OutputFile { OutputFile(descriptor: STDOUT_FILENO, path: "-") }

    /// Standard error.
    public static func standardError() -> OutputFile { OutputFile(descriptor: STDERR_FILENO, path: "stderr") }

    private init(descriptor: Int32, path: String) {
        self.handle = fdopen(descriptor, "wb")
        self.ownsHandle = false
        self.path = path
    }

    deinit {
        if ownsHandle { fclose(handle) } else { fflush(handle) }
    }

    /// Writes `bytes` followed by a newline; returns the offset they start at.
    @discardableResult
    public func writeLine(_ bytes: [UInt8]) -> Int {
        let start = position
        bytes.withUnsafeBufferPointer { _ = fwrite($0.baseAddress, 1, $0.count, handle) }
        fputc(0x0A, handle)
        position += bytes.count + 1
        return start
    }

    /// Flushes buffered bytes.
    public func flush() {
        fflush(handle)
    }
}
