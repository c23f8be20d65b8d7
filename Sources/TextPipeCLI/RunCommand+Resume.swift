import ArgumentParser
import Foundation
import TextPipe

extension RunCommand {
    /// The shard to process: `--shard K/N`, else a batch engine's task index
    /// with `--shards N` or TEXTPIPE_SHARDS; nil for a whole run.
    func resolveShard(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> ShardSpec? {
        if let shard { return ShardSpec(shard) }
        let count = shards ?? environment["TEXTPIPE_SHARDS"].flatMap { Int($0) }
        guard let count else { return nil }
        do {
            guard let shard = try ShardSpec.fromEnvironment(environment, count: count) else {
                Console.error(
                    "error: a shard count (\(count)) needs a shard index: give --shard K/N, or set "
                        + ShardSpec.indexVariables.joined(separator: " or "))
                throw ExitStatus.usage
            }
            return shard
        } catch let error as StageError {
            Console.error("error: \(error.message)")
            throw ExitStatus.usage
        }
    }

    /// What makes two runs the same run: the pipeline file and the settings
    /// that change the output. A resumed run must match the interrupted one.
    func fingerprint(of pipeline: Pipeline) throws -> String {
        guard let bytes = FileManager.default.contents(atPath: self.pipeline) else {
            Console.error("error: cannot read '\(self.pipeline)'")
            throw ExitStatus.usage
        }
        var hash = ByteHash()
        for byte in bytes { hash.combine(byte) }
        let timeouts = [pipeline.timeout] + pipeline.stages.map(\.timeout)
        let settings = "\(pipeline.maxDocumentBytes)|\(pipeline.onError.rawValue)|\(timeouts.map { $0.map(String.init) ?? "-" })"
        for byte in settings.utf8 { hash.combine(byte) }
        return RunManifest.hex(hash.value)
    }

    /// With `--resume`, the interrupted run's files set aside to copy from (nil
    /// when there is none); exits 2 when it cannot resume.
    func setAsidePreviousRun(_ files: RunFiles, header: RunManifest.Header) throws -> PreviousRun? {
        guard resume else {
            files.removeSetAside()
            return nil
        }
        guard files.manifest != nil else {
            Console.error("error: --resume needs an output file (a run to standard output or a device cannot be resumed)")
            throw ExitStatus.usage
        }
        do {
            let previous = try files.setAsidePreviousRun(header: header)
            if previous == nil, !quiet { Console.error("textpipe: no interrupted run to resume; starting from the beginning") }
            return previous
        } catch {
            Console.error("error: cannot resume: \(error.description)")
            throw ExitStatus.usage
        }
    }
}
