import Foundation
import Testing
import TextPipeCore

@testable import TextPipeReport

@Suite struct RunReportTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("textpipe-report-\(UUID().uuidString)").path

    func write(_ name: String, _ text: String) throws -> String {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/" + name
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    static let template = try! ReportTemplate(
        html: "<html><style>/*{{style}}*/</style>\n<!--{{data}}-->\n<script>/*{{script}}*/</script></html>",
        style: "b{}", script: "go()")

    /// The text of `<script type="application/json" id="ID">`, as the browser would read it.
    static func data(_ id: String, in page: String) throws -> JSONValue {
        let start = try #require(page.range(of: "<script type=\"application/json\" id=\"\(id)\">"))
        let end = try #require(page.range(of: "</script>", range: start.upperBound..<page.endIndex))
        return try JSONParser.parse(String(page[start.upperBound..<end.lowerBound]))
    }

    @Test func textThatLooksLikeMarkupCannotEndTheDataElement() throws {
        let output = try write(
            "out.jsonl",
            #"{"id":"a</script><script>alert(1)</script>","text":"x </script> <!-- y","entities":[]}"# + "\n\n"
                + #"{"id":"b","text":"plain"}"# + "\n")
        let errors = try write("errors.jsonl", #"{"id":"c","stage":"input","error":"empty file"}"# + "\n")
        let report = folder + "/report.html"
        let written = try RunReport(outputPath: output, errorsPath: errors, title: "t").write(to: report, template: Self.template)
        #expect(written.documents == 2)
        #expect(written.failures == 1)
        let page = try String(contentsOfFile: report, encoding: .utf8)
        #expect(page.hasPrefix("<html><style>b{}</style>"))
        #expect(page.components(separatedBy: "</script>").count == 4)
        #expect(!page.contains("<!-- y"))
        let documents = try #require(try Self.data("tp-documents", in: page).arrayValue)
        #expect(documents.map { $0.objectValue?["t"] } == [.string("x </script> <!-- y"), .string("plain")])
        let run = try #require(try Self.data("tp-run", in: page).objectValue)
        #expect(run["failures"] == .array([.array([.string("c"), .string("input"), .string("empty file")])]))
        #expect(!FileManager.default.fileExists(atPath: report + ".partial"))
    }

    @Test func aLineThatIsNotARecordNamesItsFileAndLine() throws {
        let output = try write("bad.jsonl", #"{"id":"a","text":"ok"}"# + "\n[1,2]\n")
        let report = folder + "/report.html"
        #expect {
            try RunReport(outputPath: output, title: "t").write(to: report, template: Self.template)
        } throws: { error in
            "\(error)".contains("bad.jsonl:2: expected a JSON object")
        }
        #expect(!FileManager.default.fileExists(atPath: report))
        #expect(!FileManager.default.fileExists(atPath: report + ".partial"))
    }

    @Test func missingFilesAndFoldersAreNamed() throws {
        _ = try write("out.jsonl", "")
        #expect(throws: ReportFailure.self) { try RunReport.readStatistics(folder + "/none.json") }
        #expect {
            try RunReport(outputPath: folder, title: "t").write(to: folder + "/r.html", template: Self.template)
        } throws: { error in
            "\(error)".contains("is a folder")
        }
        let notStatistics = try write("stats.json", "[1]")
        #expect(throws: ReportFailure.self) { try RunReport.readStatistics(notStatistics) }
    }

    @Test func theShippedPageHasItsMarkersAndFetchesNothing() throws {
        let template = try ReportTemplate.load()
        #expect(template.head.contains("<style>") && template.tail.contains("</script>"))
        #expect(!template.head.contains("{{") && !template.tail.contains("{{"))
        for part in [template.head, template.tail] {
            #expect(!part.contains("http://") && !part.contains("https://"), "the page must not load anything from a network")
        }
        #expect(template.head.contains("default-src 'none'"))
    }
}
