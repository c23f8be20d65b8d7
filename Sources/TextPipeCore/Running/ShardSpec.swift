import Foundation

/// One shard of a run split over machines or processes: shard `index` of
/// `count` takes the one-document files whose id hashes to it and its
/// byte range of each JSONL file (``LineAlignedRanges``). The hash is 64-bit
/// FNV-1a of the id's UTF-8 bytes, the same on every machine, platform and
/// Swift version (unlike Swift's seeded `Hasher`).
public struct ShardSpec: Sendable, Equatable, CustomStringConvertible {
    /// This shard, from 0 to `count - 1`.
    public let index: Int
    /// How many shards there are.
    public let count: Int

    /// A shard; nil unless `0 <= index < count`.
    public init?(index: Int, count: Int) {
        guard count >= 1, (0..<count).contains(index) else { return nil }
        self.index = index
        self.count = count
    }

    /// Reads `K/N` ("2/8": shard 2 of 8, counting from 0).
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else { return nil }
        self.init(index: index, count: count)
    }

    /// The environment variables of batch engines that hold a task's index:
    /// Kubernetes Indexed Jobs, then Slurm job arrays.
    public static let indexVariables = ["JOB_COMPLETION_INDEX", "SLURM_ARRAY_TASK_ID"]

    /// The shard a batch engine gave this process: its index from
    /// ``indexVariables`` and `count`; nil when no index variable is set.
    /// Throws a message when the index is not a number below `count`.
    public static func fromEnvironment(_ environment: [String: String], count: Int) throws(StageError) -> ShardSpec? {
        guard let variable = indexVariables.first(where: { environment[$0] != nil }) else { return nil }
        let value = environment[variable]!
        guard let index = Int(value.trimmingCharacters(in: .whitespaces)), let shard = ShardSpec(index: index, count: count)
        else {
            throw StageError("\(variable)=\(value) is not a shard index from 0 to \(count - 1)")
        }
        return shard
    }

    /// The shard a document id belongs to, of `count`.
    public static func shard(ofID id: String, count: Int) -> Int {
        Int(ByteHash.of(id.utf8) % UInt64(count))
    }

    /// Whether the document with `id` is this shard's.
    public func contains(id: String) -> Bool {
        Self.shard(ofID: id, count: count) == index
    }

    /// `K/N`.
    public var description: String { "\(index)/\(count)" }

    /// `-K-of-N`, inserted before an output file's extension so that shards
    /// writing to one folder do not overwrite each other.
    public var fileSuffix: String { "-\(index)-of-\(count)" }
}
