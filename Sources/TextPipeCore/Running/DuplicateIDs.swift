/// Counts documents whose id an earlier document of the run already had
/// (JSONL `"id"` values are the user's and may repeat).
///
/// Ids are kept as 64-bit hashes and only for the first ``trackedLimit``
/// documents, so memory stays bounded on any corpus.
public struct DuplicateIDs: Sendable {
    /// Documents whose ids are remembered; later ones are still checked
    /// against them. It is as many as a set of 2^20 slots (8 MB) holds at
    /// its largest load, three quarters.
    public static let trackedLimit = (1 << 20) * 3 / 4

    private var seen = Set<UInt64>()
    /// Documents whose id was already seen.
    public private(set) var count = 0
    /// The first id seen twice.
    public private(set) var firstDuplicate: String?

    public init() {}

    /// Notes a document's id.
    public mutating func note(_ id: String) {
        let hash = ByteHash.of(id.utf8)
        if seen.contains(hash) {
            count += 1
            if firstDuplicate == nil { firstDuplicate = id }
        } else if seen.count < Self.trackedLimit {
            seen.insert(hash)
        }
    }
}
