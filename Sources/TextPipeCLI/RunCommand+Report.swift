import Foundation
import TextPipe
import TextPipeReport

extension RunCommand {
    /// With `--report`: the report page, read before the run so that a
    /// missing page or an output on stdout stops it before anything is
    /// processed (exit 2).
    func prepareReport(_ files: RunFiles) throws -> ReportTemplate? {
        guard let report = reportPath(files) else { return nil }
        guard files.output != nil, files.errors != nil else {
            Console.error("error: --report needs an output file, which the report is made from (give --output FILE)")
            throw ExitStatus.usage
        }
        if files.written.contains(where: { URL(fileURLWithPath: $0).standardized == URL(fileURLWithPath: report).standardized }) {
            Console.error("error: --report '\(report)' is one of the run's own files")
            throw ExitStatus.usage
        }
        do {
            return try ReportTemplate.load()
        } catch {
            Console.error("error: \(error.description)")
            throw ExitStatus.usage
        }
    }

    /// `--report`, named for the shard like the run's other files (`news-2-of-8.html`).
    private func reportPath(_ files: RunFiles) -> String? {
        report.map { RunFiles.named($0, for: files.shard) }
    }

    /// Writes the report of the finished (or interrupted) run from its
    /// output and errors files; the failure message if it could not.
    func writeReport(
        template: ReportTemplate, files: RunFiles, statistics: RunStatistics, interrupted: Bool, title: String
    ) -> String? {
        guard let report = reportPath(files), let output = files.output else { return nil }
        var stats = statistics.json.objectValue ?? JSONObject()
        stats["interrupted"] = .bool(interrupted)
        do {
            let written = try RunReport(outputPath: output, errorsPath: files.errors, statistics: stats, title: title)
                .write(to: report, template: template)
            if !quiet { Console.error(ReportSummary.text(written, path: report)) }
            return nil
        } catch {
            return "cannot write the report: \(error.description)"
        }
    }
}
