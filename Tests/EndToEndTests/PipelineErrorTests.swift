import Foundation
import Testing

@Suite struct PipelineErrorTests {
    @Test func brokenYAMLExitsTwoWithLocation() throws {
        let folder = try TemporaryFolder()
        try folder.write("broken.yaml", "name: broken\nstages:\n  - clean\n  - segment: {sentences: [1, 2}\n")
        let result = try TextPipeBinary.run(["run", folder.path("broken.yaml")])
        #expect(result.status == 2)
        let pattern = #/broken\.yaml:4:\d+: error: invalid YAML/#
        #expect(result.standardError.contains(pattern), "\(result.standardError)")
    }

    @Test func misspeltStageGetsASuggestion() throws {
        let folder = try TemporaryFolder()
        try folder.write("typo.yaml", "stages:\n  - clean\n  - segment\n  - sumarize\n")
        let result = try TextPipeBinary.run(["validate", folder.path("typo.yaml")])
        #expect(result.status == 2)
        #expect(result.standardError.contains("typo.yaml:4:5: error: unknown stage 'sumarize'; did you mean 'summarize'?"))
    }

    @Test func allProblemsAreReportedInOneRun() throws {
        let folder = try TemporaryFolder()
        try folder.write(
            "many.yaml", "nme: x\njobs: 0\nstages:\n  - entities\n  - summarize: {sentence: 2}\n")
        let result = try TextPipeBinary.run(["validate", folder.path("many.yaml")])
        #expect(result.status == 2)
        let errors = result.standardError.split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(errors.count >= 4, "\(result.standardError)")
        #expect(result.standardError.contains("did you mean 'name'?"))
        #expect(result.standardError.contains("did you mean 'sentences'?"))
        #expect(result.standardError.contains("needs sentences"))
    }

    @Test func shippedPipelinesAreValid() throws {
        let pipelines = try FileManager.default.contentsOfDirectory(
            atPath: TextPipeBinary.packageRoot.appendingPathComponent("pipelines").path
        ).filter { $0.hasSuffix(".yaml") }.map { "pipelines/\($0)" }
        #expect(pipelines.count >= 3)
        let result = try TextPipeBinary.run(["validate"] + pipelines)
        #expect(result.status == 0, "\(result.standardError)")
    }

    @Test func stagesListsAndDescribes() throws {
        let list = try TextPipeBinary.run(["stages"])
        #expect(list.status == 0)
        for name in ["clean", "segment", "entities", "summarize", "tag"] {
            #expect(list.standardOutput.contains(name))
        }
        let detail = try TextPipeBinary.run(["stages", "summarize"])
        #expect(detail.status == 0)
        #expect(detail.standardOutput.contains("sentences (integer, default 3)"))
        let unknown = try TextPipeBinary.run(["stages", "tagg"])
        #expect(unknown.status == 2)
        #expect(unknown.standardError.contains("did you mean 'tag'?"))
    }

    @Test func badFlagIsAUsageError() throws {
        let result = try TextPipeBinary.run(["run", "pipelines/news.yaml", "--jobs", "zero"])
        #expect(result.status == 2)
    }

    @Test func readmeStageReferenceIsCurrent() throws {
        let readme = try String(
            contentsOf: TextPipeBinary.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let reference = try TextPipeBinary.run(["stages", "--markdown"])
        #expect(reference.status == 0)
        #expect(readme.contains(reference.standardOutput), "regenerate with: textpipe stages --markdown")
    }
}
