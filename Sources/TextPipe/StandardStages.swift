@_exported import TextPipeClean
@_exported import TextPipeCore
@_exported import TextPipeEntities
@_exported import TextPipeExec
@_exported import TextPipeSegment
@_exported import TextPipeSummarize
@_exported import TextPipeTag

/// The stages that ship with textpipe: the five text stages and `exec`.
public enum StandardStages {
    /// The stage types in pipeline order.
    public static let all: [any Stage.Type] = [
        CleanStage.self,
        SegmentStage.self,
        EntitiesStage.self,
        SummarizeStage.self,
        TagStage.self,
        ExecStage.self,
    ]

    /// A registry of the standard stages.
    public static var registry: StageRegistry { StageRegistry(all) }
}
