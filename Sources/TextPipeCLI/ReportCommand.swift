import ArgumentParser
import Foundation
import TextPipe
import TextPipeReport

/// `textpipe report OUT.jsonl --output REPORT.html`: an HTML report of a run's output.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a self-contained HTML report of a run (one file, opened offline in any browser).",
        discussion: """
            The report shows the run at a glance (documents, failures, time per stage, entities, tags, \
            keyphrases, lengths) and every document with its entities highlighted; open one directly \
            with REPORT.html#doc=ID. Exit status: 0 written; 2 an input file is missing or not what a \
            run writes (nothing written).
            """
    )

    @Argument(help: "The run's output (JSON Lines written by textpipe run).")
    var runOutput: String

    @Option(name: .long, help: "The run's errors.jsonl, to list the failed documents.")
    var errors: String?

    @Option(name: .long, help: "The run's statistics (textpipe run --stats FILE), for input size and time per stage.")
    var stats: String?

    @Option(name: .long, help: "The HTML file to write.")
    var output: String

    @Option(name: .long, help: "The report's title (default: the output file's name).")
    var title: String?

    func run() throws {
        let inputs = [runOutput, errors, stats].compactMap { $0 }
        if inputs.contains(where: { URL(fileURLWithPath: $0).standardized == URL(fileURLWithPath: output).standardized }) {
            Console.error("error: '\(output)' is also an input of the report; writing it would destroy it")
            throw ExitStatus.usage
        }
        do {
            let report = RunReport(
                outputPath: runOutput, errorsPath: errors, statistics: try stats.map(RunReport.readStatistics),
                title: title ?? URL(fileURLWithPath: runOutput).lastPathComponent)
            let written = try report.write(to: output, template: try ReportTemplate.load())
            Console.error(ReportSummary.text(written, path: output))
        } catch {
            Console.error("error: \(error.description)")
            throw ExitStatus.usage
        }
    }
}

/// The line that says where a report went.
enum ReportSummary {
    static func text(_ written: RunReport.Written, path: String) -> String {
        String(
            format: "textpipe: report of %d documents (%d failed) written to %@ (%.1f MB)", written.documents,
            written.failures, path, Double(written.bytes) / 1e6)
    }
}
