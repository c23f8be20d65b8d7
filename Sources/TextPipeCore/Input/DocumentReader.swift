import Foundation

/// Reads the documents of an ``InputPlan`` lazily, in input order: whole files
/// one at a time, JSONL files and standard input one line at a time. Not
/// thread-safe: the runner calls it under a lock.
public final class DocumentReader {
    private let plan: InputPlan
    private let maxDocumentBytes: Int
    private var entryIndex = 0
    private var lines: (reader: LineReader, id: String, path: String?)?
    private let shard: ShardSpec?

    /// Creates a reader; documents over `maxDocumentBytes` are not read but
    /// reported. With a `shard`, files whose id is another shard's are not read
    /// (they come as ``RawDocument/Content/elsewhere``); JSONL lines always
    /// are, their id being inside.
    public init(plan: InputPlan, maxDocumentBytes: Int, shard: ShardSpec? = nil) {
        self.plan = plan
        self.maxDocumentBytes = maxDocumentBytes
        self.shard = shard
    }

    /// The next document, or nil when the inputs are exhausted.
    public func next() -> RawDocument? {
        while true {
            if let document = nextLine() { return document }
            guard entryIndex < plan.entries.count else { return nil }
            let entry = plan.entries[entryIndex]
            entryIndex += 1
            switch entry {
            case .standardInput:
                lines = (LineReader(standardInput: ()), "stdin", nil)
            case .file(let path, let id, .jsonl):
                do {
                    lines = (try LineReader(path: path), id, path)
                } catch {
                    return RawDocument(
                        fallbackID: id, source: DocumentSource(path: path, format: .jsonl),
                        content: .failure(error.description), byteCount: 0)
                }
            case .file(let path, let id, let format):
                if let shard, !shard.contains(id: id) {
                    return RawDocument(
                        fallbackID: id, source: DocumentSource(path: path, format: format), content: .elsewhere,
                        byteCount: 0)
                }
                return readFile(path: path, id: id, format: format)
            }
        }
    }

    private func nextLine() -> RawDocument? {
        guard let current = lines else { return nil }
        while let line = current.reader.nextLine() {
            if line.allSatisfy(ASCII.isWhitespace) { continue }
            let lineNumber = current.reader.lineNumber
            let source = DocumentSource(path: current.path, line: lineNumber, format: .jsonl)
            let fallbackID = "\(current.id)#\(lineNumber)"
            if line.count > maxDocumentBytes {
                return RawDocument(
                    fallbackID: fallbackID, source: source,
                    content: .failure(SizeLimit.message(size: line.count, limit: maxDocumentBytes, what: "line")),
                    byteCount: line.count)
            }
            return RawDocument(fallbackID: fallbackID, source: source, content: .jsonLine(line), byteCount: line.count)
        }
        lines = nil
        return nil
    }

    private func readFile(path: String, id: String, format: DocumentSource.Format) -> RawDocument {
        let source = DocumentSource(path: path, format: format)
        do {
            let bytes = try FileBytes.read(path: path, limit: maxDocumentBytes)
            return RawDocument(fallbackID: id, source: source, content: .file(bytes), byteCount: bytes.count)
        } catch {
            return RawDocument(fallbackID: id, source: source, content: .failure(error.description), byteCount: 0)
        }
    }
}

/// Messages for documents over the size limit.
enum SizeLimit {
    static func message(size: Int, limit: Int, what: String) -> String {
        "\(what) is \(ByteSize.format(size)), over the \(ByteSize.format(limit)) limit (max_document_size); skipped"
    }
}

/// Reads whole files with POSIX calls, refusing those over a size limit before reading them.
enum FileBytes {
    static func read(path: String, limit: Int) throws(ReadFailure) -> [UInt8] {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw ReadFailure.errno("cannot open") }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw ReadFailure.errno("cannot stat") }
        let size = Int(status.st_size)
        guard size <= limit else {
            throw ReadFailure(description: SizeLimit.message(size: size, limit: limit, what: "file"))
        }
        var bytes = [UInt8](repeating: 0, count: size)
        var filled = 0
        while filled < size {
            let count = bytes.withUnsafeMutableBytes { buffer in
                Foundation.read(descriptor, buffer.baseAddress! + filled, size - filled)
            }
            if count < 0 { throw ReadFailure.errno("cannot read") }
            if count == 0 { break }
            filled += count
        }
        if filled < size { bytes.removeSubrange(filled...) }
        return bytes
    }
}
