import TextPipeCore

/// Runs a pipeline over a gold set and scores what it predicts.
///
/// Documents are processed concurrently; scores are folded in gold order, so
/// a report is the same on every run. A document on which a stage throws is
/// scored as an empty prediction and counted in ``EvaluationReport/failures``.
public struct Evaluation: Sendable {
    /// What is measured.
    public let kind: EvaluationKind
    /// The pipeline whose stages run on each gold document (its input and output are ignored).
    public let pipeline: Pipeline
    /// How the report names the pipeline.
    public let pipelineName: String
    /// Kind-specific settings.
    public let options: EvaluationOptions

    /// An evaluation with `pipeline`; throws when the pipeline lacks the stage `kind` needs.
    public init(kind: EvaluationKind, pipeline: Pipeline, pipelineName: String, options: EvaluationOptions = .init())
        throws(EvaluationError)
    {
        guard pipeline.stages.contains(where: { $0.name == kind.stageName }) else {
            throw EvaluationError(
                "pipeline \(pipelineName) has no '\(kind.stageName)' stage, which '\(kind.rawValue)' evaluation needs")
        }
        self.kind = kind
        self.pipeline = pipeline
        self.pipelineName = pipelineName
        self.options = options
    }

    /// An evaluation with the smallest pipeline for `kind`, built from `registry`'s
    /// stages with default options (`options.sentences` for summarize,
    /// `options.k` keywords for tag).
    public init(kind: EvaluationKind, registry: StageRegistry, options: EvaluationOptions = .init())
        throws(EvaluationError)
    {
        let stages = kind.minimalStagesYAML(options)
        let pipeline: Pipeline
        do {
            pipeline = try PipelineLoader(registry: registry).load(yaml: "stages: \(stages)", file: "default pipeline")
        } catch {
            throw EvaluationError("cannot build the default pipeline \(stages): \(error)")
        }
        try self.init(kind: kind, pipeline: pipeline, pipelineName: "default \(stages)", options: options)
    }

    /// Evaluates on the gold set at `path` (a file, or a folder for `clean`).
    public func run(gold path: String) throws(EvaluationError) -> EvaluationReport {
        switch kind {
        case .segment: try run(SegmentEvaluation(), gold: path)
        case .clean: try run(CleanEvaluation(), gold: path)
        case .entities: try run(EntityEvaluation(), gold: path)
        case .summary: try run(SummaryEvaluation(keepTitle: options.keepTitle), gold: path)
        case .tags: try run(TagEvaluation(labelField: options.labelField, labelMap: options.labelMap), gold: path)
        case .keywords: try run(KeywordEvaluation(k: options.k), gold: path)
        }
    }

    private func run<Task: EvaluationTask>(_ task: Task, gold path: String) throws(EvaluationError) -> EvaluationReport {
        let items = try task.items(gold: path, limit: options.limit)
        let pipeline = self.pipeline
        let results = ParallelMap.map(count: items.count) { index -> (outcome: Task.Outcome, failure: String?) in
            var document = task.document(for: items[index])
            do {
                try pipeline.process(&document)
                return (task.outcome(for: items[index], prediction: document), nil)
            } catch {
                return (task.outcome(for: items[index], prediction: nil), "\(document.id): \(error)")
            }
        }
        let failures = results.compactMap(\.failure)
        return EvaluationReport(
            kind: kind, gold: path, pipeline: pipelineName, documents: items.count, failures: failures.count,
            failureMessages: Array(failures.prefix(EvaluationReport.failureMessageLimit)),
            groups: task.scores(results.map(\.outcome)))
    }
}
