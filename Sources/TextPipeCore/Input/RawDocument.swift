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

    /// A JSONL line's place in its file: the file's id, the line's number
    /// counted from `origin` (the start of the file when nil), and the byte
    /// where it starts.
    public struct LinePlace: Sendable {
        public var fileID: String
        public var number: Int
        public var origin: LineOrigin?
        public var offset: Int
    }

    private var fixedID: String?
    /// Set for JSONL lines, whose fallback id is `FILE#LINE`.
    public private(set) var line: LinePlace?

    /// The id to use unless the content names its own (a JSONL `"id"`). For
    /// a line a shard read from the middle of a file, asking for it counts
    /// the lines before the shard's range once.
    public var fallbackID: String {
        get {
            guard let line else { return fixedID ?? "" }
            return "\(line.fileID)#\(line.number + (line.origin?.linesBefore ?? 0))"
        }
        set {
            fixedID = newValue
            line = nil
        }
    }
    /// Where it came from.
    public var source: DocumentSource
    /// What was read.
    public var content: Content
    /// Its size in bytes (for throughput figures).
    public var byteCount: Int
    /// What the reader had to repair, for the document's `meta.warnings`.
    public var warnings: [String] = []
    /// Its order among all input documents of a sharded run (see
    /// ``DocumentReader``); 0 otherwise.
    public var position = 0

    public init(fallbackID: String, source: DocumentSource, content: Content, byteCount: Int) {
        self.fixedID = fallbackID
        self.source = source
        self.content = content
        self.byteCount = byteCount
    }

    /// A JSONL line.
    public init(line: LinePlace, source: DocumentSource, content: Content, byteCount: Int) {
        self.line = line
        self.source = source
        self.content = content
        self.byteCount = byteCount
    }

    /// The fallback id when it is known without counting lines, else the
    /// line's file and byte offset: for progress and time-limit messages.
    var provisionalID: String {
        line?.origin == nil ? fallbackID : fingerprintName
    }

    /// What names the document in its fingerprint: the fallback id, or for a
    /// line its file and byte offset, known without counting lines.
    var fingerprintName: String {
        guard let line else { return fixedID ?? "" }
        return "\(line.fileID)@\(line.offset)"
    }
}
