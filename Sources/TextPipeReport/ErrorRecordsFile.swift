import TextPipeCore

/// Reads a run's errors.jsonl: `{"id": ..., "stage": ..., "error": ...}` per line.
enum ErrorRecordsFile {
    /// The records of the file at `path`; none without a path.
    static func read(_ path: String?) throws(ReportFailure) -> [ErrorRecord] {
        guard let path else { return [] }
        var records: [ErrorRecord] = []
        try JSONLinesFile.forEachObject(in: path) { object, line throws(ReportFailure) in
            guard let id = object["id"]?.stringValue, let stage = object["stage"]?.stringValue,
                let error = object["error"]?.stringValue
            else {
                throw ReportFailure("\(path):\(line): not an error record (string \"id\", \"stage\" and \"error\")")
            }
            records.append(ErrorRecord(id: id, stage: stage, error: error))
        }
        return records
    }
}
