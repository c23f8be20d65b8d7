/// What a gold set measures, and so which stage it needs.
public enum EvaluationKind: String, CaseIterable, Sendable {
    /// Sentence boundaries (segment stage).
    case segment
    /// Main-text extraction from HTML pages (clean stage).
    case clean
    /// Named entities (entities stage).
    case entities
    /// Extractive summaries (summarize stage).
    case summary
    /// The first topic tag (tag stage).
    case tags
    /// Keywords (tag stage).
    case keywords

    /// The stage a pipeline needs for this kind.
    public var stageName: String {
        switch self {
        case .segment: "segment"
        case .clean: "clean"
        case .entities: "entities"
        case .summary: "summarize"
        case .tags, .keywords: "tag"
        }
    }

    /// The stages of the smallest pipeline for this kind, in pipeline YAML:
    /// default options except the summary length and the keyword count.
    func minimalStagesYAML(_ options: EvaluationOptions) -> String {
        switch self {
        case .segment: "[segment]"
        case .clean: "[clean]"
        case .entities: "[segment, entities]"
        case .summary: "[segment, {summarize: {sentences: \(options.sentences)}}]"
        case .tags: "[segment, tag]"
        case .keywords: "[segment, {tag: {keywords: \(options.k)}}]"
        }
    }
}
