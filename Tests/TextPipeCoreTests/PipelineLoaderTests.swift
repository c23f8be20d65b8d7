import Testing
import TextPipeCore

// MARK: - Fake stages

/// A stage with one option of each kind the loader must decode.
private struct UppercaseStage: Stage {
    enum Mode: String, Codable, Sendable {
        case lower, upper
    }

    struct Options: StageOptions {
        var times = 1
        var mode = Mode.upper
        var ratio: Double?
        var words: [String] = []

        static var documentation: [OptionDocumentation] {
            [
                OptionDocumentation("times", type: "integer", help: "How often."),
                OptionDocumentation("mode", type: "lower | upper", help: "Which case."),
                OptionDocumentation("ratio", type: "number", help: "A share."),
                OptionDocumentation("words", type: "[string]", help: "Some words."),
            ]
        }
    }

    static let name = "upper"
    static let summary = "Upper-cases nothing; keeps its options for inspection."
    static var provides: [Annotation] { ["upper"] }

    let options: Options

    init(options: Options) { self.options = options }

    func process(_ document: inout Document) {}
}

/// A stage that can only follow one providing "upper".
private struct NeedsUpperStage: Stage {
    typealias Options = NoOptions
    static let name = "needs-upper"
    static let summary = "Needs upper."
    static var needs: [Annotation] { ["upper"] }
    static var provides: [Annotation] { [] }

    init(options: NoOptions) {}
    func process(_ document: inout Document) {}
}

/// A stage whose options are checked when it is built.
private struct FailingInitStage: Stage {
    struct Options: StageOptions {
        var limit = 0
        static var documentation: [OptionDocumentation] {
            [OptionDocumentation("limit", type: "integer", help: "Must not be negative.")]
        }
    }

    static let name = "failing"
    static let summary = "Rejects negative limits."
    static var provides: [Annotation] { [] }

    init(options: Options) throws {
        if options.limit < 0 { throw StageError("limit must not be negative") }
    }

    func process(_ document: inout Document) {}
}

// MARK: - Helpers

private let file = "pipe.yaml"

private func loader(_ environment: [String: String] = [:]) -> PipelineLoader {
    PipelineLoader(
        registry: StageRegistry([UppercaseStage.self, NeedsUpperStage.self, FailingInitStage.self]),
        environment: environment)
}

/// The diagnostics of a pipeline that must not load.
private func diagnostics(
    _ yaml: String, environment: [String: String] = [:], sourceLocation: SourceLocation = #_sourceLocation
) -> [Diagnostic] {
    do {
        let pipeline = try loader(environment).load(yaml: yaml, file: file)
        Issue.record("expected errors, loaded \(pipeline.stages.map(\.name))", sourceLocation: sourceLocation)
        return []
    } catch {
        return error.diagnostics
    }
}

/// The only diagnostic of a pipeline with exactly one problem.
private func diagnostic(
    _ yaml: String, environment: [String: String] = [:], sourceLocation: SourceLocation = #_sourceLocation
) -> Diagnostic? {
    let found = diagnostics(yaml, environment: environment, sourceLocation: sourceLocation)
    #expect(found.count == 1, "\(found)", sourceLocation: sourceLocation)
    return found.first
}

private func upperOptions(_ stage: ConfiguredStage) -> UppercaseStage.Options? {
    (stage.stage as? UppercaseStage)?.options
}

// MARK: - Tests

@Suite struct PipelineLoaderTests {
    @Test func loadsBareNamesAndOptionMapsOverDefaults() throws {
        let pipeline = try loader().load(
            yaml: """
                name: demo
                stages:
                  - upper
                  - upper: {times: 3}
                  - upper:
                      mode: lower
                      ratio: 0.25
                      words: [alpha, beta]
                  - upper:
                  - needs-upper
                """, file: file)
        #expect(pipeline.name == "demo")
        #expect(pipeline.stages.map(\.name) == ["upper", "upper", "upper", "upper", "needs-upper"])

        let defaults = try #require(upperOptions(pipeline.stages[0]))
        #expect(defaults.times == 1 && defaults.mode == .upper && defaults.ratio == nil && defaults.words.isEmpty)

        let timesOnly = try #require(upperOptions(pipeline.stages[1]))
        #expect(timesOnly.times == 3)
        #expect(timesOnly.mode == .upper && timesOnly.ratio == nil && timesOnly.words.isEmpty)

        let others = try #require(upperOptions(pipeline.stages[2]))
        #expect(others.times == 1)
        #expect(others.mode == .lower && others.ratio == 0.25 && others.words == ["alpha", "beta"])

        let nullOptions = try #require(upperOptions(pipeline.stages[3]))
        #expect(nullOptions.times == 1 && nullOptions.mode == .upper)
        #expect(pipeline.stages[4].stage is NeedsUpperStage)
    }

    @Test func readsTopLevelSettingsAndDefaultsTheRest() throws {
        let full = try loader().load(
            yaml: """
                name: full
                description: every key
                input: [docs, more/notes.jsonl]
                output: out/result.jsonl
                jobs: 3
                on_error: fail
                max_document_size: 5MB
                include: "*.txt"
                exclude: [draft*, old/*]
                stages: [upper]
                """, file: file)
        #expect(full.inputs == ["docs", "more/notes.jsonl"])
        #expect(full.output == "out/result.jsonl")
        #expect(full.jobs == 3)
        #expect(full.onError == .fail)
        #expect(full.maxDocumentBytes == 5_000_000)
        #expect(full.include == ["*.txt"])
        #expect(full.exclude == ["draft*", "old/*"])

        let minimal = try loader().load(yaml: "stages: [upper]\ninput: single", file: file)
        #expect(minimal.name == nil && minimal.output == nil && minimal.jobs == nil)
        #expect(minimal.inputs == ["single"])
        #expect(minimal.onError == .continue)
        #expect(minimal.maxDocumentBytes == Pipeline.defaultMaxDocumentBytes)
        #expect(minimal.include.isEmpty && minimal.exclude.isEmpty)
    }

    @Test func syntaxErrorIsLocated() throws {
        // A tab cannot indent YAML: the scanner stops right at it.
        let found = try #require(diagnostic("name: x\nstages:\n\t- upper\n"))
        #expect(found.message.hasPrefix("invalid YAML: found character that cannot start any token"))
        #expect(found.line == 3 && found.column == 1)

        let unclosed = try #require(diagnostic("stages: [upper, needs-upper\nname: x\n"))
        #expect(unclosed.message.hasPrefix("invalid YAML"))
        #expect(unclosed.line != nil && unclosed.column != nil)
    }

    @Test func unknownTopLevelKeySuggestsTheClosest() throws {
        let found = diagnostics("stage:\n  - upper\n")
        try #require(found.count == 2)
        #expect(found[0].message.hasPrefix("unknown key 'stage'; did you mean 'stages'?"))
        #expect(found[0].line == 1 && found[0].column == 1)
        #expect(found[1].message == "the pipeline has no 'stages:' list")
    }

    @Test func unknownStageSuggestsTheClosest() throws {
        let found = try #require(diagnostic("stages:\n  - upper\n  - uper\n"))
        #expect(found.message.hasPrefix("unknown stage 'uper'; did you mean 'upper'?"))
        #expect(found.line == 3 && found.column == 5)
    }

    @Test func unknownStageWithoutLikelyTypoHasNoSuggestion() throws {
        let found = try #require(diagnostic("stages:\n  - translate\n"))
        #expect(found.message.hasPrefix("unknown stage 'translate'"))
        #expect(!found.message.contains("did you mean"))
    }

    @Test func unknownOptionSuggestsTheClosest() throws {
        let found = try #require(diagnostic("stages:\n  - upper: {tims: 2}\n"))
        #expect(found.message.hasPrefix("unknown option 'tims' for stage 'upper'; did you mean 'times'?"))
        #expect(found.message.contains("times, mode, ratio, words"))
        #expect(found.line == 2 && found.column == 13)
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let found = try #require(diagnostic("stages:\n  - upper: {words: [café], tims: 2}\n"))
        #expect(found.message.hasPrefix("unknown option 'tims'"))
        #expect(found.line == 2 && found.column == 28)
    }

    @Test func wrongValueTypeIsReportedAtTheValue() throws {
        let found = try #require(diagnostic("stages:\n  - upper:\n      times: three\n"))
        #expect(found.message == "option 'times' of stage 'upper' expects integer; got 'three'")
        #expect(found.line == 3 && found.column == 14)
    }

    @Test func invalidChoiceNamesTheChoices() throws {
        let found = try #require(diagnostic("stages:\n  - upper: {mode: sideways}\n"))
        #expect(found.message == "option 'mode' of stage 'upper' expects lower | upper; got 'sideways'")
        #expect(found.line == 2 && found.column == 19)
    }

    @Test func listGivenForScalarOptionIsAnError() throws {
        let found = try #require(diagnostic("stages:\n  - upper: {times: [1, 2]}\n"))
        #expect(found.message.hasPrefix("option 'times' of stage 'upper' expects integer"))
        #expect(found.line == 2 && found.column == 20)
    }

    @Test func optionsMustBeAMap() throws {
        let found = try #require(diagnostic("stages:\n  - upper: 3\n"))
        #expect(found.message == "options of stage 'upper' must be a map such as {name: value}")
        #expect(found.line == 2 && found.column == 12)
    }

    @Test func readsTimeoutsOfThePipelineAndOfStages() throws {
        let pipeline = try loader().load(
            yaml: "timeout: 30s\nstages:\n  - upper: {times: 2}\n    timeout: 500ms\n  - needs-upper\n", file: file)
        #expect(pipeline.timeout == 30_000_000_000)
        #expect(pipeline.stages.map(\.timeout) == [500_000_000, nil])
        #expect(upperOptions(pipeline.stages[0])?.times == 2)
    }

    @Test func aBadTimeoutIsReportedAtItsValue() throws {
        let found = try #require(diagnostic("stages:\n  - upper:\n    timeout: soon\n"))
        #expect(found.message == "'timeout' must be a duration such as 500ms, 30s or 2m, not 'soon'")
        #expect(found.line == 3 && found.column == 14)
        let topLevel = try #require(diagnostic("timeout: -1s\nstages:\n  - upper\n"))
        #expect(topLevel.line == 1 && topLevel.column == 10)
    }

    @Test func malformedStageEntryIsAnError() throws {
        let found = try #require(diagnostic("stages:\n  - {upper: {}, needs-upper: {}}\n"))
        #expect(found.message.hasPrefix("a stage is written as its name"))
        #expect(found.line == 2 && found.column == 5)
    }

    @Test func needsMustBeProvidedByAnEarlierStage() throws {
        let found = try #require(diagnostic("stages:\n  - needs-upper\n  - upper\n"))
        #expect(found.message == "stage 'needs-upper' needs upper, which no earlier stage provides; add 'upper' before it")
        #expect(found.line == 2 && found.column == 5)

        let ordered = try loader().load(yaml: "stages:\n  - upper\n  - needs-upper\n", file: file)
        #expect(ordered.stages.map(\.name) == ["upper", "needs-upper"])
    }

    @Test func reportsEveryProblemOfAFile() {
        let found = diagnostics(
            """
            nme: x
            jobs: 0
            on_error: stop
            stages:
              - uper
              - upper: {tims: 2}
              - upper: {times: three}
              - failing: {limit: -1}
            """)
        #expect(found.map(\.line) == [1, 2, 3, 5, 6, 7, 8])
        #expect(found.count == 7)
        #expect(found.allSatisfy { $0.file == file && $0.column != nil })
    }

    @Test func substitutesEnvironmentInSettingsAndOptions() throws {
        let pipeline = try loader(["OUT": "/tmp/run", "TIMES": "4", "WORD": "gamma", "EMPTY": ""]).load(
            yaml: """
                name: ${NAME:-fallback}
                output: ${OUT}/out.jsonl
                jobs: ${JOBS:-2}
                max_document_size: ${SIZE:-2KB}
                stages:
                  - upper:
                      times: ${TIMES}
                      mode: ${MODE:-lower}
                      words: ["${WORD}", "${EMPTY:-none}", plain]
                """, file: file)
        #expect(pipeline.name == "fallback")
        #expect(pipeline.output == "/tmp/run/out.jsonl")
        #expect(pipeline.jobs == 2)
        #expect(pipeline.maxDocumentBytes == 2_000)
        let options = try #require(upperOptions(pipeline.stages[0]))
        #expect(options.times == 4)
        #expect(options.mode == .lower)
        #expect(options.words == ["gamma", "none", "plain"])
    }

    @Test func unsetVariableIsAnErrorAtItsNode() throws {
        let atTop = try #require(diagnostic("output: ${MISSING}/x\nstages: [upper]\n"))
        #expect(atTop.message.hasPrefix("environment variable 'MISSING' is not set"))
        #expect(atTop.line == 1 && atTop.column == 9)

        let inOption = try #require(diagnostic("stages:\n  - upper:\n      times: ${COUNT}\n"))
        #expect(inOption.message.hasPrefix("environment variable 'COUNT' is not set"))
        #expect(inOption.line == 3 && inOption.column == 14)
    }

    @Test func badErrorPolicyIsAnErrorWithSuggestion() throws {
        let found = try #require(diagnostic("on_error: fial\nstages: [upper]\n"))
        #expect(found.message == "'on_error' must be one of continue, fail, not 'fial'; did you mean 'fail'?")
        #expect(found.line == 1 && found.column == 11)
    }

    @Test(arguments: ["0", "-2", "two", "1.5"])
    func jobsMustBeAPositiveWholeNumber(value: String) throws {
        let found = try #require(diagnostic("jobs: \(value)\nstages: [upper]\n"))
        #expect(found.message == "'jobs' must be a whole number of at least 1, not '\(value)'")
        #expect(found.line == 1 && found.column == 7)
    }

    @Test func documentSizeTakesUnits() throws {
        let sizes = ["5MB": 5_000_000, "64 KB": 64_000, "1GB": 1_000_000_000, "1500": 1_500]
        for (text, bytes) in sizes {
            let pipeline = try loader().load(yaml: "max_document_size: \(text)\nstages: [upper]", file: file)
            #expect(pipeline.maxDocumentBytes == bytes, "\(text)")
        }
        let found = try #require(diagnostic("max_document_size: lots\nstages: [upper]\n"))
        #expect(found.message == "'max_document_size' must be a positive size such as 10MB or 500000, not 'lots'")
        #expect(found.line == 1 && found.column == 20)
    }

    @Test
    func hugeDocumentSizeIsAnError() throws {
        let found = try #require(diagnostic("max_document_size: 1e20KB\nstages: [upper]\n"))
        #expect(found.line == 1 && found.column == 20)
    }

    @Test func duplicateKeysAreErrors() throws {
        let top = try #require(diagnostic("name: a\nname: b\nstages: [upper]\n"))
        #expect(top.message == "duplicate key 'name'")
        #expect(top.line == 1)

        let option = try #require(diagnostic("stages:\n  - upper: {times: 1, times: 2}\n"))
        #expect(option.message == "duplicate key 'times'")
    }

    @Test func listOptionRejectsAScalar() throws {
        let found = try #require(diagnostic("stages:\n  - upper: {words: alpha}\n"))
        #expect(found.message == "option 'words' of stage 'upper' expects [string]; got 'alpha'")
        #expect(found.line == 2 && found.column == 20)
    }

    @Test func emptyFileIsAnErrorWithoutLocation() throws {
        for yaml in ["", "# only a comment\n"] {
            let found = try #require(diagnostic(yaml))
            #expect(found.message.hasPrefix("the pipeline file is empty"))
            #expect(found.line == nil && found.column == nil)
        }
    }

    @Test func rootMustBeAMap() throws {
        let found = try #require(diagnostic("- upper\n- needs-upper\n"))
        #expect(found.message == "a pipeline must be a map with keys such as 'name' and 'stages'")
        #expect(found.line == 1 && found.column == 1)
    }

    @Test func stagesMustBePresentNonEmptyAndAList() throws {
        let missing = try #require(diagnostic("name: nothing\n"))
        #expect(missing.message == "the pipeline has no 'stages:' list")

        let empty = try #require(diagnostic("stages: []\n"))
        #expect(empty.message == "'stages' is empty; name at least one stage")
        #expect(empty.line == 1 && empty.column == 9)

        let notList = try #require(diagnostic("stages: upper\n"))
        #expect(notList.message.hasPrefix("'stages' must be a list"))
    }

    @Test func nonScalarSettingIsAnError() throws {
        let found = try #require(diagnostic("name: [a, b]\nstages: [upper]\n"))
        #expect(found.message == "'name' must be a single value, not a list")
        #expect(found.line == 1 && found.column == 7)
    }

    @Test func stageInitErrorIsReportedAtTheStage() throws {
        let withOptions = try #require(diagnostic("stages:\n  - upper\n  - failing: {limit: -1}\n"))
        #expect(withOptions.message == "stage 'failing': limit must not be negative")
        // At the stage's options, which are what made it fail.
        #expect(withOptions.line == 3 && withOptions.column == 14)

        let valid = try loader().load(yaml: "stages:\n  - failing: {limit: 2}\n", file: file)
        #expect(valid.stages.map(\.name) == ["failing"])
    }

    @Test func diagnosticsPrintAsFileLineColumnError() throws {
        let found = try #require(diagnostic("stages:\n  - uper\n"))
        #expect(found.description.hasPrefix("pipe.yaml:2:5: error: unknown stage 'uper'; did you mean 'upper'?"))
    }

    @Test func missingFileIsADiagnostic() throws {
        let path = "/nonexistent-\(UInt64.random(in: 0...UInt64.max))/pipe.yaml"
        do {
            _ = try loader().load(file: path)
            Issue.record("loaded a missing file")
        } catch {
            #expect(error.diagnostics.count == 1)
            #expect(error.diagnostics.first?.file == path)
            #expect(error.diagnostics.first?.message.hasPrefix("cannot read pipeline file") == true)
        }
    }
}
