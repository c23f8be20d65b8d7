import Language
import Redact
import TextPipe

extension FuzzTarget {
    /// Every target, in the order `scripts/fuzz` runs them.
    static let all: [FuzzTarget] = [
        pipelineFile,
        stages("clean-html", "clean, the bytes as an .html page", format: .html) {
            [try CleanStage(options: .init())]
        },
        stages("clean-markdown", "clean, the bytes as a .md file", format: .markdown) {
            [try CleanStage(options: configured { $0.html = .never })]
        },
        stages("clean-text", "clean, the bytes as a .txt file (HTML when it looks like HTML)") {
            [try CleanStage(options: .init())]
        },
        stages("segment", "segment, with the tokens in the output") {
            [try SegmentStage(options: configured { $0.outputTokens = true })]
        },
        stages("entities", "segment, then entities at any confidence") {
            [try SegmentStage(options: .init()), try EntitiesStage(options: configured { $0.minConfidence = 0 })]
        },
        stages("summarize", "segment, then summarize") {
            [try SegmentStage(options: .init()), try SummarizeStage(options: .init())]
        },
        stages("tag", "segment, then tag from both the topic model and the taxonomy") {
            [try SegmentStage(options: .init()), try TagStage(options: configured { $0.topicsFrom = .both })]
        },
        stages("redact", "redact (plugin), every kind") { [try RedactStage(options: .init())] },
        stages("language", "language (plugin)") { [try LanguageStage(options: .init())] },
    ]

    /// The bytes as a document (a .txt file unless `format` says otherwise)
    /// through the stages `build` makes.
    private static func stages(
        _ name: String, _ summary: String, format: DocumentSource.Format = .text,
        _ build: @escaping @Sendable () throws -> [any Stage]
    ) -> FuzzTarget {
        FuzzTarget(name: name, summary: summary) {
            StageChain(format: format, stages: try build()).process
        }
    }
}

/// The default options with `change` applied.
private func configured<Options: StageOptions>(_ change: (inout Options) -> Void) -> Options {
    var options = Options()
    change(&options)
    return options
}
