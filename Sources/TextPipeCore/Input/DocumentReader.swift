import Foundation

/// Reads the documents of an ``InputPlan`` lazily, in input order: whole files
/// one at a time, JSONL files and standard input one line at a time. Not
/// thread-safe: the runner calls it under a lock.
///
/// With a shard, files whose id is another shard's are not read, and of each
/// JSONL file only the shard's line-aligned byte range is (see
/// ``LineAlignedRanges``). Each document then gets a ``RawDocument/position``
/// that orders it among the documents of all shards: entry `i` of the plan
/// owns the positions from the sum of `2 * size + 1` over the entries before
/// it (room for a UTF-16 file turned into UTF-8), and a line's position is
/// that plus its byte offset.
public final class DocumentReader {
    private struct OpenLines {
        var reader: LineReader
        var id: String
        var path: String?
        /// Where the bytes read start in the file.
        var rangeStart = 0
        var origin: LineOrigin?
        var base = 0
    }

    private let plan: InputPlan
    private let maxDocumentBytes: Int
    private var entryIndex = 0
    private var lines: OpenLines?
    private let shard: ShardSpec?
    /// The first position of the next entry, for a shard: found as the
    /// entries are reached, so starting reads nothing.
    private var nextBase = 0

    /// Creates a reader; documents over `maxDocumentBytes` are not read but
    /// reported. With a `shard`, reads only the shard's share (see above).
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
            let base = shard == nil ? 0 : nextBase
            if shard != nil, case .file(let path, _, _) = entry { nextBase += 2 * (FileStatus(path: path)?.size ?? 0) }
            nextBase += 1
            entryIndex += 1
            switch entry {
            case .standardInput where plan.standardInputFormat == .text:
                return readStandardInput()
            case .standardInput:
                lines = OpenLines(reader: LineReader(standardInput: (), maxLineBytes: maxDocumentBytes), id: "stdin")
            case .file(let path, let id, .jsonl):
                do {
                    lines = try openLines(path: path, id: id, base: base)
                } catch {
                    var document = RawDocument(
                        fallbackID: id, source: DocumentSource(path: path, format: .jsonl),
                        content: .failure(error.description), byteCount: 0)
                    document.position = base
                    return document
                }
            case .file(let path, let id, let format):
                var document =
                    if let shard, !shard.contains(id: id) {
                        RawDocument(
                            fallbackID: id, source: DocumentSource(path: path, format: format), content: .elsewhere,
                            byteCount: 0)
                    } else {
                        readFile(path: path, id: id, format: format)
                    }
                document.position = base
                return document
            }
        }
    }

    private func openLines(path: String, id: String, base: Int) throws(ReadFailure) -> OpenLines {
        guard let shard else {
            return OpenLines(reader: try LineReader(path: path, maxLineBytes: maxDocumentBytes), id: id, path: path)
        }
        let range = try LineAlignedRanges.range(index: shard.index, count: shard.count, path: path)
        return OpenLines(
            reader: try LineReader(path: path, range: range, maxLineBytes: maxDocumentBytes), id: id, path: path,
            rangeStart: range.lowerBound, origin: range.lowerBound > 0 ? LineOrigin(path: path, offset: range.lowerBound) : nil,
            base: base)
    }

    private func nextLine() -> RawDocument? {
        guard let current = lines else { return nil }
        while let line = current.reader.nextLine() {
            let place = RawDocument.LinePlace(
                fileID: current.id, number: current.reader.lineNumber, origin: current.origin,
                offset: current.rangeStart + current.reader.lineStart)
            // A shard reading from the middle of the file does not know the line's number.
            let source = DocumentSource(
                path: current.path, line: current.origin == nil ? place.number : nil, format: .jsonl)
            var document: RawDocument
            switch line {
            case .text(let bytes, _) where bytes.allSatisfy(ASCII.isWhitespace):
                continue
            case .text(let bytes, let repaired):
                document = RawDocument(line: place, source: source, content: .jsonLine(bytes), byteCount: bytes.count)
                if repaired { document.warnings.append(DocumentDecoder.invalidUTF16Warning) }
            case .overLimit(let byteCount):
                document = RawDocument(
                    line: place, source: source,
                    content: .failure(SizeLimit.message(size: byteCount, limit: maxDocumentBytes, what: "line")),
                    byteCount: byteCount)
            }
            document.position = current.base + place.offset
            return document
        }
        lines = nil
        if let failure = current.reader.failure {
            let place = RawDocument.LinePlace(
                fileID: current.id, number: current.reader.lineNumber + 1, origin: current.origin,
                offset: current.rangeStart + current.reader.lineStart + 1)
            var document = RawDocument(
                line: place, source: DocumentSource(path: current.path, format: .jsonl),
                content: .failure("\(failure); the rest of the input is not read"), byteCount: 0)
            document.position = current.base + place.offset
            return document
        }
        return nil
    }

    /// All of standard input as one plain-text document.
    private func readStandardInput() -> RawDocument {
        let source = DocumentSource(format: .text)
        do {
            let bytes = try FileBytes.readStream(STDIN_FILENO, limit: maxDocumentBytes, name: "standard input")
            return RawDocument(fallbackID: "stdin", source: source, content: .file(bytes), byteCount: bytes.count)
        } catch {
            return RawDocument(fallbackID: "stdin", source: source, content: .failure(error.description), byteCount: 0)
        }
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

    /// Reads a stream (a pipe, say) to its end, failing as soon as more than
    /// `limit` bytes have come.
    static func readStream(_ descriptor: Int32, limit: Int, name: String) throws(ReadFailure) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress!, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count < 0 { throw ReadFailure.errno("cannot read \(name)") }
            if count == 0 { return bytes }
            bytes += chunk[..<count]
            if bytes.count > limit {
                throw ReadFailure(
                    description: "\(name) is over the \(ByteSize.format(limit)) limit (max_document_size); skipped")
            }
        }
    }
}
