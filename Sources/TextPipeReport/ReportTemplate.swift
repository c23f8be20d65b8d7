import Foundation
import TextPipeCore

/// The page around the data: `report.html` with the contents of `report.css`
/// and `report.js` put in place of its `/*{{style}}*/` and `/*{{script}}*/`
/// markers, so the report is one file. The files ship as the module's
/// resources (folder `Page`).
public struct ReportTemplate: Sendable {
    /// The HTML before the data.
    let head: String
    /// The HTML after the data.
    let tail: String

    static let dataMarker = "<!--{{data}}-->"

    /// Reads the page files; fails when the resources are not where the executable can find them.
    public static func load() throws(ReportFailure) -> ReportTemplate {
        func read(_ file: String) throws(ReportFailure) -> String {
            guard
                let path = BundledResource.path(of: "Page/\(file)", bundle: "textpipe_TextPipeReport"),
                let text = try? String(contentsOfFile: path, encoding: .utf8)
            else {
                throw ReportFailure(
                    "the report page (\(file)) is missing: \(BundledResource.whereToKeep("textpipe_TextPipeReport"))")
            }
            return text
        }
        return try ReportTemplate(html: read("report.html"), style: read("report.css"), script: read("report.js"))
    }

    /// A template from the page's three parts.
    init(html: String, style: String, script: String) throws(ReportFailure) {
        let page = html.replacingOccurrences(of: "/*{{style}}*/", with: style)
            .replacingOccurrences(of: "/*{{script}}*/", with: script)
        guard let marker = page.range(of: Self.dataMarker) else {
            throw ReportFailure("the report page has no \(Self.dataMarker) marker")
        }
        head = String(page[..<marker.lowerBound])
        tail = String(page[marker.upperBound...])
    }
}
