import Foundation
import TextPipeCore

/// What the report says about where its data came from.
struct ReportHeading {
    var title: String
    var outputPath: String
    var errorsPath: String?
    /// The run statistics (the `--stats` JSON), when known.
    var statistics: JSONObject?
    /// When the report was made, in ISO 8601.
    var generated = ISO8601DateFormatter().string(from: Date())
}
