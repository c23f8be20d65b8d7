import ArgumentParser
import Foundation
import TextPipe

/// `textpipe test PIPELINE.yaml... | DIR`: runs the `tests:` of pipeline files.
struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run the tests written in pipeline files (exit 0 all pass, 1 a test failed, 2 bad pipeline or test).",
        discussion: """
            Each test of a pipeline's 'tests:' list runs the pipeline's stages on its input and checks the \
            output record. A folder stands for every .yaml file in it. One line per test; a failure names the \
            check's FILE:LINE:COLUMN and what the output held instead.
            """
    )

    @Argument(help: "Pipeline files, or folders of them.")
    var paths: [String]

    @Flag(help: "Rewrite the snapshot files of the tests with the output they get now.")
    var update = false

    func run() throws {
        let files: [String]
        do {
            files = try Self.pipelineFiles(in: paths)
        } catch let error as StageError {
            Console.error("error: \(error.message)")
            throw ExitStatus.usage
        }
        let loader = PipelineLoader(registry: RegistryStore.shared.registry)
        var pipelines: [(file: String, pipeline: Pipeline)] = []
        var invalid = false
        for file in files {
            do {
                pipelines.append((file, try loader.load(file: file)))
            } catch {
                invalid = true
                Console.error(error.description)
            }
        }
        if invalid { throw ExitStatus.usage }
        var passed = 0
        var failed = 0
        for (file, pipeline) in pipelines {
            for result in PipelineTestRunner(pipeline: pipeline, updateSnapshots: update).run() {
                if result.passed {
                    passed += 1
                    print("PASS \(file): \(result.test.name)")
                    continue
                }
                failed += 1
                print("FAIL \(file): \(result.test.name)")
                for failure in result.failures {
                    print("  \(file):\(failure.location.line):\(failure.location.column): \(failure.check)")
                    print("    got \(failure.actual)")
                }
            }
        }
        print("\(passed + failed) tests in \(pipelines.count) pipeline files: \(passed) passed, \(failed) failed")
        if failed > 0 { throw ExitCode(1) }
    }

    /// The pipeline files `paths` name: files as given, folders as their `.yaml` files in name order.
    static func pipelineFiles(in paths: [String]) throws -> [String] {
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw StageError("no such file or folder: '\(path)'")
            }
            guard isDirectory.boolValue else {
                files.append(path)
                continue
            }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            let yaml = names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
            guard !yaml.isEmpty else { throw StageError("no .yaml pipeline files in '\(path)'") }
            files += yaml.map { path.hasSuffix("/") ? path + $0 : path + "/" + $0 }
        }
        return files
    }
}
