/// Settings of an evaluation run beyond the kind and the pipeline.
public struct EvaluationOptions: Sendable, Hashable {
    /// Evaluate only the first documents of the gold set.
    public var limit: Int?
    /// Summary: keep the first line of each text (by default it is a title and removed).
    public var keepTitle = false
    /// Summary: sentences the default pipeline's summarize stage picks.
    public var sentences = 3
    /// Tags: the gold field holding the category.
    public var labelField = "category"
    /// tags: gold categories renamed to the model's names (AG-News's `science-technology` is `tech`).
    public var labelMap: [String: String] = [:]
    /// Keywords: how many predicted keywords count.
    public var k = 10

    /// The defaults.
    public init() {}
}
