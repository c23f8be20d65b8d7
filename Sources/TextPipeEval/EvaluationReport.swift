/// The scores of one evaluation run, ready to print as a table or JSON.
public struct EvaluationReport: Sendable, Hashable {
    /// A figure and how it is shown.
    public enum Value: Sendable, Hashable {
        /// A share from 0 to 1, shown with 3 decimals.
        case fraction(Double)
        /// A score already scaled ×100 (ROUGE, keywords), shown with 1 decimal.
        case points(Double)
        /// A count.
        case count(Int)
    }

    /// One metric.
    public struct Row: Sendable, Hashable {
        /// The JSON key, such as `f1`.
        public var key: String
        /// The table label, such as `F1`.
        public var label: String
        /// The figure.
        public var value: Value

        /// Creates a row.
        public init(_ key: String, _ label: String, _ value: Value) {
            self.key = key
            self.label = label
            self.value = value
        }
    }

    /// Rows shown together: the main scores (no key) or a titled breakdown
    /// (for one label, or the confusions).
    public struct Group: Sendable, Hashable {
        /// The JSON key of the group's object inside `scores`; nil puts its
        /// rows directly in `scores`.
        public var key: String?
        /// The heading in the table; nil for the main scores.
        public var title: String?
        /// The metrics.
        public var rows: [Row]

        /// Creates a group.
        public init(key: String? = nil, title: String? = nil, rows: [Row]) {
            self.key = key
            self.title = title
            self.rows = rows
        }
    }

    /// What was measured.
    public var kind: EvaluationKind
    /// The gold file or folder.
    public var gold: String
    /// The pipeline file, or a description of the default pipeline.
    public var pipeline: String
    /// Documents evaluated.
    public var documents: Int
    /// Documents on which a stage threw (scored as empty predictions).
    public var failures: Int
    /// The first few failures, as `id: reason`.
    public var failureMessages: [String]
    /// The scores.
    public var groups: [Group]

    /// How many failure messages a report keeps.
    public static let failureMessageLimit = 5

    /// Creates a report.
    public init(
        kind: EvaluationKind, gold: String, pipeline: String, documents: Int, failures: Int,
        failureMessages: [String], groups: [Group]
    ) {
        self.kind = kind
        self.gold = gold
        self.pipeline = pipeline
        self.documents = documents
        self.failures = failures
        self.failureMessages = failureMessages
        self.groups = groups
    }
}
