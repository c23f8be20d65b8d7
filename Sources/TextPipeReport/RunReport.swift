import Foundation
import TextPipeCore

/// A self-contained HTML report of a run: its output (and failures, and
/// statistics when given) embedded in one page that needs no network.
public struct RunReport {
    /// The run's output (JSON Lines).
    public var outputPath: String
    /// The run's errors.jsonl, if the report should list the failures.
    public var errorsPath: String?
    /// The run statistics (as `--stats` writes them), if known.
    public var statistics: JSONObject?
    /// The page's title.
    public var title: String

    /// A report of the run whose output is at `outputPath`.
    public init(outputPath: String, errorsPath: String? = nil, statistics: JSONObject? = nil, title: String) {
        self.outputPath = outputPath
        self.errorsPath = errorsPath
        self.statistics = statistics
        self.title = title
    }

    /// What a written report holds.
    public struct Written: Sendable {
        /// Documents of the output shown.
        public var documents: Int
        /// Failed documents listed.
        public var failures: Int
        /// The size of the report file.
        public var bytes: Int
    }

    /// Writes the report to `path`, whole or not at all: it goes to a
    /// temporary file beside `path`, renamed into place at the end.
    public func write(to path: String, template: ReportTemplate) throws(ReportFailure) -> Written {
        let failures = try ErrorRecordsFile.read(errorsPath)
        let temporary = path + ".partial"
        do {
            let page = try ReportPageWriter(creating: temporary)
            page.write(template.head)
            var labels = IndexTable()
            var tags = IndexTable()
            var overview = RunOverview()
            page.startData(id: "tp-documents")
            page.write("[")
            try JSONLinesFile.forEachObject(in: outputPath) { object, line throws(ReportFailure) in
                let document: EmbeddedDocument
                do throws(EmbeddedDocument.NotADocument) {
                    document = try EmbeddedDocument(object)
                } catch {
                    throw ReportFailure("\(outputPath):\(line): not a textpipe output record: \(error.message)")
                }
                page.writeJSON(document.json(labels: &labels, tags: &tags), after: overview.documents > 0 ? "," : "")
                overview.add(document)
            }
            page.write("]")
            page.endData()
            page.startData(id: "tp-run")
            let heading = ReportHeading(title: title, outputPath: outputPath, errorsPath: errorsPath, statistics: statistics)
            page.writeJSON(overview.json(labels: labels, tags: tags, failures: failures, about: heading))
            page.endData()
            page.write(template.tail)
            let bytes = try page.finish()
            guard rename(temporary, path) == 0 else {
                throw ReportFailure("cannot write '\(path)': \(String(cString: strerror(errno)))")
            }
            return Written(documents: overview.documents, failures: failures.count, bytes: bytes)
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw (error as? ReportFailure) ?? ReportFailure("cannot write '\(path)': \(error)")
        }
    }

    /// Reads a statistics file as `--stats` writes it.
    public static func readStatistics(_ path: String) throws(ReportFailure) -> JSONObject {
        try ReadableFile.check(path)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ReportFailure("cannot read '\(path)'")
        }
        guard let object = (try? JSONParser.parse(String(decoding: data, as: UTF8.self)))?.objectValue else {
            throw ReportFailure("\(path): not a statistics file (a JSON object as written by textpipe run --stats)")
        }
        return object
    }
}
