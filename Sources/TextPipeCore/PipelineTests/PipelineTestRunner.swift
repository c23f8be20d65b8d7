import Foundation

/// Runs a pipeline's tests: each test's document through the stages, then
/// its checks on the output record, as `textpipe run` would write it.
public struct PipelineTestRunner: Sendable {
    /// What one test found.
    public struct Result: Sendable {
        public var test: PipelineTest
        /// The checks that failed, with where they are written and what the output held instead.
        public var failures: [Failure]
        public var passed: Bool { failures.isEmpty }
    }

    /// A failed check.
    public struct Failure: Sendable {
        public var location: PipelineTest.Location
        /// The check as written, with its field.
        public var check: String
        /// What the output held instead.
        public var actual: String
    }

    public let pipeline: Pipeline
    /// Rewrite snapshot files with the output instead of comparing with them.
    public var updateSnapshots = false

    public init(pipeline: Pipeline, updateSnapshots: Bool = false) {
        self.pipeline = pipeline
        self.updateSnapshots = updateSnapshots
    }

    /// The result of every test of the pipeline, in file order.
    public func run() -> [Result] {
        pipeline.tests.map(run)
    }

    /// The result of `test`.
    public func run(_ test: PipelineTest) -> Result {
        let outcome = process(test)
        var failures: [Failure] = []
        switch (outcome, test.expectedFailure) {
        case (.failed(let stage, let message), let expected?):
            if stage != expected.stage {
                failures.append(Failure(location: expected.location, check: "error: \(expected.stage)", actual: "failed in \(stage): \(message)"))
            }
        case (.failed(let stage, let message), nil):
            failures.append(Failure(location: test.location, check: "an output record", actual: "failed in \(stage): \(message)"))
        case (.written, let expected?):
            failures.append(Failure(location: expected.location, check: "error: \(expected.stage)", actual: "no stage failed"))
        case (.written(let record, let line), nil):
            for expectation in test.expectations {
                let value = Self.field(expectation.field, in: record)
                for check in expectation.checks {
                    if let actual = CheckEvaluation.failure(of: check, on: value) {
                        failures.append(Failure(location: check.location, check: "\(expectation.field) \(check.written)", actual: actual))
                    }
                }
            }
            if let snapshot = test.snapshot, let failure = compare(line, with: snapshot) { failures.append(failure) }
        }
        return Result(test: test, failures: failures)
    }

    private enum Outcome {
        case written(JSONObject, line: String)
        case failed(stage: String, message: String)
    }

    /// The test's document through every stage.
    private func process(_ test: PipelineTest) -> Outcome {
        var document: Document
        switch test.input {
        case .text(let text):
            document = Document(id: test.id ?? test.name, text: text, meta: test.meta)
        case .file(let path):
            guard let bytes = FileManager.default.contents(atPath: path) else {
                return .failed(stage: ErrorRecord.inputStage, message: "cannot read '\(path)'")
            }
            let format = InputPlan.extensions[URL(fileURLWithPath: path).pathExtension.lowercased()] ?? .text
            let raw = RawDocument(
                fallbackID: test.id ?? test.name, source: DocumentSource(path: path, format: format),
                content: .file(Array(bytes)), byteCount: bytes.count)
            do {
                document = try DocumentDecoder.decode(raw)
            } catch {
                return .failed(stage: ErrorRecord.inputStage, message: error.description)
            }
            for (key, value) in test.meta { document.meta[key] = value }
        }
        for configured in pipeline.stages {
            do {
                try configured.stage.process(&document)
            } catch {
                return .failed(stage: configured.name, message: "\(error)")
            }
        }
        let line = String(decoding: DocumentEncoder.encode(document), as: UTF8.self)
        let record = (try? JSONParser.parse(line))?.objectValue ?? [:]
        return .written(record, line: line)
    }

    /// The value at a dot-separated `path` of `record` (nil when there is none).
    static func field(_ path: String, in record: JSONObject) -> JSONValue? {
        var value: JSONValue? = .object(record)
        for key in path.split(separator: ".") { value = value?.objectValue?[String(key)] }
        return value
    }

    /// Compares the output line with the snapshot file, or writes it there when updating.
    private func compare(_ line: String, with snapshot: (path: String, location: PipelineTest.Location)) -> Failure? {
        let stored = (try? String(contentsOfFile: snapshot.path, encoding: .utf8))?
            .trimmingCharacters(in: .whitespacesAndNewlines)
        if updateSnapshots {
            guard stored != line else { return nil }
            do {
                try FileManager.default.createDirectory(
                    at: URL(fileURLWithPath: snapshot.path).deletingLastPathComponent(), withIntermediateDirectories: true)
                try (line + "\n").write(toFile: snapshot.path, atomically: true, encoding: .utf8)
                return nil
            } catch {
                return Failure(location: snapshot.location, check: "snapshot", actual: "cannot write '\(snapshot.path)': \(error)")
            }
        }
        guard let stored else {
            return Failure(
                location: snapshot.location, check: "snapshot",
                actual: "no snapshot at '\(snapshot.path)' (textpipe test --update writes it)")
        }
        guard stored != line else { return nil }
        return Failure(location: snapshot.location, check: "snapshot", actual: SnapshotDifference.describe(stored: stored, actual: line))
    }
}
