import Foundation

/// The output of an earlier, interrupted run of the same pipeline, set aside
/// by `--resume`: its records are copied into the new output for the
/// documents whose input has not changed, instead of processing them again.
///
/// Workers ask for each document's entry once, roughly in sequence order; the
/// manifest is read ahead only as far as they have got, so memory stays
/// bounded however long the previous run was.
public final class PreviousRun: @unchecked Sendable {
    /// What the previous run was.
    public let header: RunManifest.Header
    private let lock = NSLock()
    private let manifest: ManifestReader
    private var window: [Int: RunManifest.Entry] = [:]
    private var readThrough = -1
    private let output: Int32
    private let errors: Int32
    private let outputSize: Int
    private let errorsSize: Int

    /// Opens the set-aside files: the manifest, the output and the errors
    /// file (which may be missing when nothing failed).
    public init(manifest path: String, output: String, errors: String) throws(RunManifest.Failure) {
        manifest = try ManifestReader(path: path)
        header = manifest.header
        self.output = open(output, O_RDONLY | O_CLOEXEC)
        self.errors = open(errors, O_RDONLY | O_CLOEXEC)
        outputSize = Self.size(of: self.output)
        errorsSize = Self.size(of: self.errors)
    }

    deinit {
        if output >= 0 { close(output) }
        if errors >= 0 { close(errors) }
    }

    /// The record of document `sequence` in the previous run if its input's
    /// fingerprint was `hash` then too: the line (without its newline) and
    /// whether it was a failure. Asks for each sequence once.
    func record(of sequence: Int, hash: UInt64) -> (entry: RunManifest.Entry, line: [UInt8])? {
        guard let entry = entry(of: sequence), entry.hash == hash else { return nil }
        let (descriptor, size) = entry.status == .written ? (output, outputSize) : (errors, errorsSize)
        guard descriptor >= 0, entry.end <= size else { return nil }
        var line = [UInt8](repeating: 0, count: entry.end - entry.start)
        var filled = 0
        while filled < line.count {
            let count = line.withUnsafeMutableBytes { buffer in
                pread(descriptor, buffer.baseAddress! + filled, buffer.count - filled, off_t(entry.start + filled))
            }
            guard count > 0 else { return nil }
            filled += count
        }
        return (entry, line)
    }

    private func entry(of sequence: Int) -> RunManifest.Entry? {
        lock.withLock {
            while readThrough < sequence, let next = manifest.next() {
                readThrough = next.sequence
                window[next.sequence] = next
            }
            return window.removeValue(forKey: sequence)
        }
    }

    private static func size(of descriptor: Int32) -> Int {
        guard descriptor >= 0 else { return 0 }
        var status = stat()
        return fstat(descriptor, &status) == 0 ? Int(status.st_size) : 0
    }
}
