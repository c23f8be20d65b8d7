import Foundation
import Testing

/// `textpipe test`: the tests of pipeline files, their results and exit statuses.
@Suite struct PipelineTestCommandTests {
    /// A pipeline file of `stage` alone with `tests` (the lines of its `tests:` list).
    private func pipeline(stage: String = "segment", tests: String) throws -> URL {
        let yaml = "stages:\n  - \(stage)\ntests:\n" + tests
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pipeline-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("p.yaml")
        try yaml.write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    @Test func theShippedPipelinesPassTheirTests() throws {
        let result = try TextPipeBinary.run(["test", "pipelines/"])
        #expect(result.status == 0, "\(result.standardOutput)\(result.standardError)")
        #expect(result.standardOutput.contains("PASS pipelines/news.yaml: finds the president and the city"))
        #expect(!result.standardOutput.contains("FAIL"))
    }

    @Test func aFailingCheckNamesItsPlaceAndWhatTheOutputHeld() throws {
        let file = try pipeline(
            tests: """
              - name: two sentences
                input: "One sentence only."
                expect:
                  sentences: {count: 2}
                  text: {contains: "only"}
            """)
        let result = try TextPipeBinary.run(["test", file.path])
        #expect(result.status == 1)
        #expect(result.standardOutput.contains("FAIL \(file.path): two sentences"))
        #expect(result.standardOutput.contains("\(file.path):7:19: sentences count: 2"))
        #expect(result.standardOutput.contains("got 1 elements"))
        #expect(!result.standardOutput.contains("text contains"))
    }

    @Test func badTestsAreReportedAllAtOnceWithSuggestions() throws {
        let file = try pipeline(
            tests: """
              - name: typos
                input: "x"
                expect:
                  sentences: {cuont: 1, min_count: many}
                  error: segmnt
            """)
        for command in ["test", "validate"] {
            let result = try TextPipeBinary.run([command, file.path])
            #expect(result.status == 2)
            #expect(result.standardError.contains("7:19: error: unknown check 'cuont'; did you mean 'count'? (checks on 'sentences': count,"))
            #expect(result.standardError.contains("check 'min_count' on 'sentences' expects a whole number"))
            #expect(result.standardError.contains("'error' names no stage: 'segmnt'; did you mean 'segment'?"))
        }
    }

    @Test func snapshotsAreWrittenByUpdateAndComparedAfter() throws {
        let file = try pipeline(
            tests: """
              - name: record
                input: {text: "Ships left at dawn.", id: ships}
                snapshot: snapshots/ships.json
            """)
        #expect(try TextPipeBinary.run(["test", file.path]).status == 1)
        #expect(try TextPipeBinary.run(["test", "--update", file.path]).status == 0)
        #expect(try TextPipeBinary.run(["test", file.path]).status == 0)
        let snapshot = file.deletingLastPathComponent().appendingPathComponent("snapshots/ships.json")
        let stored = try String(contentsOf: snapshot, encoding: .utf8)
        try stored.replacingOccurrences(of: "dawn", with: "dusk").write(to: snapshot, atomically: true, encoding: .utf8)
        let changed = try TextPipeBinary.run(["test", file.path])
        #expect(changed.status == 1)
        #expect(changed.standardOutput.contains("text: stored \"Ships left at dusk.\", now \"Ships left at dawn.\""))
    }

    @Test func aDocumentMayBeExpectedToFail() throws {
        let file = try pipeline(
            tests: """
              - name: a missing file fails when read
                input: {file: no-such-file.txt}
                expect:
                  error: input
              - name: a text fails nowhere
                input: "Some text."
                expect:
                  error: segment
            """)
        let result = try TextPipeBinary.run(["test", file.path])
        #expect(result.status == 1)
        #expect(result.standardOutput.contains("PASS \(file.path): a missing file fails when read"))
        #expect(result.standardOutput.contains("FAIL \(file.path): a text fails nowhere"))
        #expect(result.standardOutput.contains("got no stage failed"))
    }
}
