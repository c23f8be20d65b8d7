/// A document as read from the input, before it is decoded: reading happens in
/// input order on one thread, decoding on the workers.
public struct RawDocument: Sendable {
    /// What was read.
    public enum Content: Sendable {
        /// A whole file's bytes.
        case file([UInt8])
        /// One line of a JSON Lines input.
        case jsonLine([UInt8])
        /// Nothing could be read; the message says why.
        case failure(String)
        /// Not read: a file another shard of the run processes.
        case elsewhere
    }

    /// The id to use unless the content names its own (a JSONL `"id"`).
    public var fallbackID: String
    /// Where it came from.
    public var source: DocumentSource
    /// What was read.
    public var content: Content
    /// Its size in bytes (for throughput figures).
    public var byteCount: Int
    /// What the reader had to repair, for the document's `meta.warnings`.
    public var warnings: [String] = []
}
