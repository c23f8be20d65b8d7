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
                lines = (LineReader(standardInput: (), maxLineBytes: maxDocumentBytes), "stdin", nil)
            case .file(let path, let id, .jsonl):
                do {
                    lines = (try LineReader(path: path, maxLineBytes: maxDocumentBytes), id, path)
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
            let lineNumber = current.reader.lineNumber
            let source = DocumentSource(path: current.path, line: lineNumber, format: .jsonl)
            let fallbackID = "\(current.id)#\(lineNumber)"
            switch line {
            case .text(let bytes, _) where bytes.allSatisfy(ASCII.isWhitespace):
                continue
            case .text(let bytes, let repaired):
                var document = RawDocument(
                    fallbackID: fallbackID, source: source, content: .jsonLine(bytes), byteCount: bytes.count)
                if repaired { document.warnings.append(DocumentDecoder.invalidUTF16Warning) }
                return document
            case .overLimit(let byteCount):
                return RawDocument(
                    fallbackID: fallbackID, source: source,
                    content: .failure(SizeLimit.message(size: byteCount, limit: maxDocumentBytes, what: "line")),
                    byteCount: byteCount)
            }
        }
        lines = nil
        if let failure = current.reader.failure {
            let lineNumber = current.reader.lineNumber + 1
            return RawDocument(
                fallbackID: "\(current.id)#\(lineNumber)",
                source: DocumentSource(path: current.path, line: lineNumber, format: .jsonl),
                content: .failure("\(failure); the rest of the input is not read"), byteCount: 0)
        }
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
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
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
