import TextPipeCore

/// Reads a JSON Lines file (a run's output or errors) one object at a time;
/// blank lines are skipped, anything else that is not a JSON object is an
/// error naming the file and line.
enum JSONLinesFile {
    static func forEachObject(
        in path: String, _ body: (JSONObject, _ line: Int) throws(ReportFailure) -> Void
    ) throws(ReportFailure) {
        try ReadableFile.check(path)
        let lines: LineReader
        do {
            lines = try LineReader(path: path, maxLineBytes: Int.max)
        } catch {
            throw ReportFailure("cannot read '\(path)': \(error.description)")
        }
        while let line = lines.nextLine() {
            guard case .text(let bytes, _) = line else { continue }
            guard bytes.contains(where: { !ASCII.isWhitespace($0) }) else { continue }
            let value: JSONValue
            do {
                value = try bytes.withUnsafeBufferPointer { buffer throws(JSONParser.SyntaxError) in try JSONParser.parse(buffer) }
            } catch {
                throw ReportFailure("\(path):\(lines.lineNumber): not JSON Lines: \(error.description)")
            }
            guard let object = value.objectValue else {
                throw ReportFailure("\(path):\(lines.lineNumber): expected a JSON object, got \(value.typeNameWithArticle)")
            }
            try body(object, lines.lineNumber)
        }
        if let failure = lines.failure { throw ReportFailure("cannot read '\(path)': \(failure.description)") }
    }
}
