import Foundation
import TextPipe

/// The files of a run: the output, the errors file beside it, the manifest,
/// and, with `--resume`, the interrupted run's files set aside to copy from.
///
/// A shard's files carry its place (`news-2-of-8.jsonl`,
/// `errors-2-of-8.jsonl`), so shards writing to one folder do not collide.
struct RunFiles {
    /// The output file; nil for standard output.
    let output: String?
    let shard: ShardSpec?

    /// The output when it is (or will be) a regular file, not a device such
    /// as `/dev/null`: looked at once.
    private let regularOutput: String?

    /// The files for `output` (as the pipeline or flag names it) and `shard`.
    init(output: String?, shard: ShardSpec?) {
        self.shard = shard
        self.output = output.map { Self.named($0, for: shard) }
        regularOutput = self.output.flatMap { Self.isRegularFileOrMissing($0) ? $0 : nil }
    }

    /// `path` with the shard's place before its extension (`news-2-of-8.jsonl`);
    /// `path` itself without a shard.
    static func named(_ path: String, for shard: ShardSpec?) -> String {
        guard let shard else { return path }
        let url = URL(fileURLWithPath: path)
        let base = (url.lastPathComponent as NSString).deletingPathExtension
        let fileExtension = url.pathExtension.isEmpty ? "" : "." + url.pathExtension
        return ((path as NSString).deletingLastPathComponent as NSString).appendingPathComponent(
            base + shard.fileSuffix + fileExtension)
    }

    /// errors.jsonl (errors-K-of-N.jsonl for a shard) beside an output file;
    /// none (standard error) for standard output or a device such as `/dev/null`.
    var errors: String? {
        guard let output = regularOutput else { return nil }
        return Self.errorsPath(beside: output, shard: shard)
    }

    /// The manifest beside an output file; none for standard output or a
    /// device, which cannot be resumed or merged.
    var manifest: String? { regularOutput.map(RunManifest.path(forOutput:)) }

    private static func isRegularFileOrMissing(_ path: String) -> Bool {
        guard let type = try? FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType else {
            return true
        }
        return type == .typeRegular
    }

    /// Every file the run writes.
    var written: [String] { [output, errors, manifest].compactMap { $0 } }

    /// The files of the run and of its sibling shards: never read back as
    /// input when the output folder lies inside an input folder.
    static func everyShardsFiles(output: String?, shard: ShardSpec?) -> [String] {
        guard let shard else { return RunFiles(output: output, shard: nil).written }
        return (0..<shard.count).flatMap { RunFiles(output: output, shard: ShardSpec(index: $0, count: shard.count)).written }
    }

    /// The errors file beside `output`.
    static func errorsPath(beside output: String, shard: ShardSpec?) -> String {
        ((output as NSString).deletingLastPathComponent as NSString)
            .appendingPathComponent("errors" + (shard?.fileSuffix ?? "") + ".jsonl")
    }

    /// Where `path` is set aside while a resumed run copies from it.
    static func setAside(_ path: String) -> String { path + ".previous" }

    /// Sets the interrupted run's files aside and opens them to copy from;
    /// nil when there is no manifest to resume from. Throws a message when the
    /// manifest belongs to another pipeline or shard.
    func setAsidePreviousRun(header: RunManifest.Header) throws(RunManifest.Failure) -> PreviousRun? {
        guard let output, let manifest, let errors else { return nil }
        let fileManager = FileManager.default
        // Left by a resumed run that was itself killed: the files in place are newer.
        for path in written { try? fileManager.removeItem(atPath: Self.setAside(path)) }
        guard fileManager.fileExists(atPath: manifest) else { return nil }
        let previous = try ManifestReader(path: manifest).header
        guard previous.pipeline == header.pipeline else {
            throw RunManifest.Failure(
                description: "'\(manifest)' is from a run of another pipeline or other settings; "
                    + "run without --resume to start over")
        }
        guard previous.shard == header.shard else {
            throw RunManifest.Failure(
                description: "'\(manifest)' is from shard \(previous.shard?.description ?? "none"), "
                    + "not \(header.shard?.description ?? "an unsharded run")")
        }
        for path in written where fileManager.fileExists(atPath: path) {
            do {
                try fileManager.moveItem(atPath: path, toPath: Self.setAside(path))
            } catch {
                throw RunManifest.Failure(description: "cannot set '\(path)' aside: \(error.localizedDescription)")
            }
        }
        return try PreviousRun(
            manifest: Self.setAside(manifest), output: Self.setAside(output), errors: Self.setAside(errors))
    }

    /// Removes the set-aside files once the resumed run is over.
    func removeSetAside() {
        for path in written { try? FileManager.default.removeItem(atPath: Self.setAside(path)) }
    }
}
