import Foundation

/// Writes a run manifest (see ``RunManifest``). Entries are held back until
/// ``commit()``, which the runner calls only after flushing the records they
/// point to, so the manifest never lists a record that is not in the file.
public final class ManifestWriter: @unchecked Sendable {
    private let file: OutputFile
    private var pending: [[UInt8]] = []

    /// The manifest's path.
    public var path: String { file.path }
    /// The first write error, if any.
    public var failure: String? { file.failure }

    /// Creates (truncating) the manifest at `path` and writes its header.
    public init(creating path: String, header: RunManifest.Header) throws(RunManifest.Failure) {
        do {
            file = try OutputFile(creating: path)
        } catch {
            throw RunManifest.Failure(description: "\(error)")
        }
        pending = [RunManifest.line(header)]
        commit()
    }

    /// Queues one entry.
    public func add(_ entry: RunManifest.Entry) {
        pending.append(RunManifest.line(entry))
    }

    /// Writes the queued entries.
    public func commit() {
        for line in pending { file.writeLine(line) }
        pending.removeAll(keepingCapacity: true)
        file.flush()
    }

    /// Writes the queued entries and the footer: the run completed.
    public func finish(_ footer: RunManifest.Footer) {
        pending.append(RunManifest.line(footer))
        commit()
    }
}
