import Dispatch

/// Writes the outcomes of a run in input order: records to the output,
/// failures to the errors file, and an entry per document to the manifest,
/// committed only after the records it lists are flushed, every few hundred
/// documents or tenth of a second.
final class RecordSink {
    private let output: OutputFile
    private let errors: OutputFile
    private let manifest: ManifestWriter?
    private var uncommitted = 0
    private var lastCommit = DispatchTime.now().uptimeNanoseconds

    init(output: OutputFile, errors: OutputFile, manifest: ManifestWriter?) {
        self.output = output
        self.errors = errors
        self.manifest = manifest
    }

    /// Whether writing the output, the errors or the manifest failed (a full
    /// disk): what comes after is lost, so the run should stop.
    var writeFailed: Bool { output.failure != nil || errors.failure != nil || manifest?.failure != nil }

    /// Writes a document's record.
    func write(_ line: [UInt8], sequence: Int, id: String, hash: UInt64) {
        let start = output.writeLine(line)
        manifest?.add(
            RunManifest.Entry(sequence: sequence, id: id, hash: hash, status: .written, start: start, end: start + line.count))
        noteRecord()
    }

    /// Records a document's failure (flushed at once, so that failures show while the run goes on).
    func fail(_ line: [UInt8], sequence: Int, id: String, hash: UInt64) {
        let start = errors.writeLine(line)
        errors.flush()
        manifest?.add(
            RunManifest.Entry(sequence: sequence, id: id, hash: hash, status: .failed, start: start, end: start + line.count))
        noteRecord()
    }

    /// Flushes everything; with a footer, marks the manifest complete.
    func finish(_ footer: RunManifest.Footer?) {
        commit()
        if let footer { manifest?.finish(footer) }
    }

    private func noteRecord() {
        uncommitted += 1
        guard manifest != nil else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        if uncommitted >= 256 || now - lastCommit > 100_000_000 { commit() }
    }

    private func commit() {
        output.flush()
        errors.flush()
        manifest?.commit()
        uncommitted = 0
        lastCommit = DispatchTime.now().uptimeNanoseconds
    }
}
