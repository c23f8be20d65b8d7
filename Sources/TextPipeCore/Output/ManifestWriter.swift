import Foundation

/// Writes a run manifest (see ``RunManifest``). Entries are held back until
/// ``commit()``, which the runner calls only after flushing the records they
/// point to, so the manifest never lists a record that is not in the file.
public final class ManifestWriter: @unchecked Sendable {
    private let descriptor: Int32
    private var pending: [UInt8] = []
    /// The manifest's path.
    public let path: String
    /// The first write error, if any.
    public private(set) var failure: String?

    /// Creates (truncating) the manifest at `path` and writes its header.
    public init(creating path: String, header: RunManifest.Header) throws(RunManifest.Failure) {
        descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else {
            throw RunManifest.Failure(description: "cannot write '\(path)': \(String(cString: strerror(errno)))")
        }
        self.path = path
        pending = RunManifest.line(header) + [0x0A]
        commit()
    }

    deinit { close(descriptor) }

    /// Queues one entry.
    public func add(_ entry: RunManifest.Entry) {
        pending += RunManifest.line(entry)
        pending.append(0x0A)
    }

    /// Writes the queued entries.
    public func commit() {
        defer { pending.removeAll(keepingCapacity: true) }
        guard failure == nil else { return }
        var offset = 0
        pending.withUnsafeBytes { bytes in
            while offset < bytes.count {
                let written = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else {
                    failure = "cannot write '\(path)': \(String(cString: strerror(errno)))"
                    return
                }
                offset += written
            }
        }
    }

    /// Writes the queued entries and the footer: the run completed.
    public func finish(_ footer: RunManifest.Footer) {
        pending += RunManifest.line(footer)
        pending.append(0x0A)
        commit()
    }
}
