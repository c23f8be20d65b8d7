import TextPipeCore

/// Writes the report file: the page's HTML and the data inside
/// `<script type="application/json">` elements. Every `<` in the data is
/// written as `\u003c`, which JSON reads back as `<`, so no text in a
/// document (`</script>`, `<!--`) can end the element early.
final class ReportPageWriter {
    private let file: OutputFile

    init(creating path: String) throws {
        file = try OutputFile(creating: path)
    }

    /// Writes `text` and a line break.
    func write(_ text: String) {
        file.writeLine(Array(text.utf8))
    }

    func startData(id: String) {
        write("<script type=\"application/json\" id=\"\(id)\">")
    }

    func endData() {
        write("</script>")
    }

    /// Writes `value` as one line of JSON, after `prefix` (a separator).
    func writeJSON(_ value: JSONValue, after prefix: StaticString = "") {
        var writer = JSONWriter()
        writer.raw(prefix)
        writer.value(value)
        file.writeLine(Self.escapingLessThan(writer.bytes))
    }

    /// Flushes the file; its size, or the write error.
    func finish() throws(ReportFailure) -> Int {
        file.flush()
        if let failure = file.failure { throw ReportFailure(failure) }
        return file.position
    }

    /// `<` occurs in JSON only inside strings, where `\u003c` means the same.
    static func escapingLessThan(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.contains(UInt8(ascii: "<")) else { return bytes }
        var escaped: [UInt8] = []
        escaped.reserveCapacity(bytes.count + 64)
        for byte in bytes {
            if byte == UInt8(ascii: "<") { escaped.append(contentsOf: Array("\\u003c".utf8)) } else { escaped.append(byte) }
        }
        return escaped
    }
}
