/// A test written in a pipeline file's `tests:` list: a document to run the
/// pipeline on and what its output must hold.
public struct PipelineTest: Sendable {
    /// Where something is written in the pipeline file.
    public struct Location: Sendable, Hashable {
        public var line: Int
        public var column: Int
    }

    /// The document a test runs on.
    public enum Input: Sendable {
        /// The text itself.
        case text(String)
        /// A file, read as a run reads it (HTML and Markdown are cleaned as such).
        case file(path: String)
    }

    /// The test's name, shown in the results.
    public var name: String
    /// Where the test begins.
    public var location: Location
    public var input: Input
    /// The document's id (default: the test's name).
    public var id: String?
    /// The document's metadata, as a JSONL input's other keys give it.
    public var meta: JSONObject
    /// What the output must hold.
    public var expectations: [Expectation]
    /// The stage the document must fail in, instead of an output.
    public var expectedFailure: (stage: String, location: Location)?
    /// A file holding the whole expected output record.
    public var snapshot: (path: String, location: Location)?
}

/// The checks on one output field of a test (`entities`, `meta.title`).
public struct Expectation: Sendable {
    /// The field's path in the output record, dot-separated.
    public var field: String
    public var checks: [Check]
}

/// One check on an output field, with the value it compares with.
public struct Check: Sendable {
    /// What a check compares.
    public enum Kind: String, Sendable, CaseIterable {
        case count, minCount = "min_count", includes, excludes, first
        case equals, contains, notContains = "not_contains", matches
        case min, max
    }

    public var kind: Kind
    public var value: JSONValue
    public var location: PipelineTest.Location

    /// The check as written: `count: 2`.
    public var written: String { "\(kind.rawValue): \(value.compactText)" }
}

extension JSONValue {
    /// The value as compact JSON text.
    public var compactText: String {
        var writer = JSONWriter()
        writer.value(self)
        return String(decoding: writer.bytes, as: UTF8.self)
    }
}
