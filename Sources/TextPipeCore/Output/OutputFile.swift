import Foundation

/// A buffered, append-only stream of lines to a file or standard output/error.
///
/// Lines are buffered whole and written with `write(2)` only at line ends,
/// so a process killed at any moment (even `kill -9`) leaves no half line in
/// a file: every byte written belongs to a complete record. A failed write
/// (a full disk) is kept in ``failure`` for the caller to report.
public final class OutputFile: @unchecked Sendable {
    private let descriptor: Int32
    private let ownsDescriptor: Bool
    private var buffer: [UInt8] = []
    private static let bufferSize = 1 << 16
    /// The path written to, or `-`/`stderr` for the standard streams.
    public let path: String
    /// Bytes written so far: the offset of the next line.
    public private(set) var position = 0
    /// The first write error, if any: the lines from then on are lost.
    public private(set) var failure: String?
    /// Bytes of whole lines in the file, written by earlier flushes.
    private var flushedBytes = 0

    /// Creates (truncating) the file at `path`, making missing parent folders.
    public init(creating path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw StageError("cannot write '\(path)': \(String(cString: strerror(errno)))")
        }
        self.descriptor = descriptor
        self.ownsDescriptor = true
        self.path = path
        buffer.reserveCapacity(Self.bufferSize)
    }

    /// Standard output.
    public static func standardOutput() -> OutputFile { OutputFile(descriptor: STDOUT_FILENO, path: "-") }

    /// Standard error.
    public static func standardError() -> OutputFile { OutputFile(descriptor: STDERR_FILENO, path: "stderr") }

    private init(descriptor: Int32, path: String) {
        self.descriptor = descriptor
        self.ownsDescriptor = false
        self.path = path
    }

    deinit {
        flush()
        if ownsDescriptor { close(descriptor) }
    }

    /// Writes `bytes` followed by a newline; returns the offset they start at.
    @discardableResult
    public func writeLine(_ bytes: [UInt8]) -> Int {
        let start = position
        buffer += bytes
        buffer.append(0x0A)
        position += bytes.count + 1
        if buffer.count >= Self.bufferSize { flush() }
        return start
    }

    /// Writes the buffered lines. When a write fails part way (a full disk),
    /// a file is cut back to its last whole line, so that a reader never
    /// meets half a record.
    public func flush() {
        guard !buffer.isEmpty else { return }
        defer { buffer.removeAll(keepingCapacity: true) }
        guard failure == nil else { return }
        var offset = 0
        buffer.withUnsafeBytes { bytes in
            while offset < bytes.count {
                let written = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else {
                    // A write that fails with nothing written sets no errno.
                    let reason = written < 0 ? String(cString: strerror(errno)) : "nothing written"
                    failure = "cannot write '\(path)': \(reason)"
                    cutBackToWholeLines(written: bytes.prefix(offset))
                    return
                }
                offset += written
            }
            flushedBytes += offset
        }
    }

    /// Drops the part of a line that reached the file before a write failed.
    private func cutBackToWholeLines(written: UnsafeRawBufferPointer.SubSequence) {
        let wholeLines = (written.lastIndex(of: 0x0A)).map { $0 - written.startIndex + 1 } ?? 0
        flushedBytes += wholeLines
        guard ownsDescriptor, wholeLines < written.count else { return }
        if ftruncate(descriptor, off_t(flushedBytes)) != 0 {
            failure! += "; the last line is incomplete (cannot cut it off: \(String(cString: strerror(errno))))"
        }
    }
}
