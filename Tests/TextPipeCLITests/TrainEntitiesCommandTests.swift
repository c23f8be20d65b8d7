import Testing
@testable import TextPipeCLI

@Suite struct TrainEntitiesCommandTests {
    @Test func takesSeveralDataFilesAndHasDefaults() throws {
        let command = try TrainEntitiesCommand.parse(
            ["--data", "a.jsonl", "b.jsonl", "--dev", "d.jsonl", "--output", "m.tpmodel"])
        #expect(command.dataFiles == ["a.jsonl", "b.jsonl"])
        #expect(command.dev == "d.jsonl")
        #expect(command.output == "m.tpmodel")
        #expect(command.epochs == 10 && command.seed == 1)
        #expect(command.lowercasedShare == 0 && command.featureDropout == 0)
    }

    @Test(arguments: [
        ["--epochs", "0"],
        ["--lowercased-share", "0.6", "--titlecased-share", "0.6"],
        ["--uppercased-share", "-0.1"],
        ["--feature-dropout", "1"],
        ["--min-feature-count", "0"],
        ["--prune-below", "-1"],
    ])
    func badSettingsAreRejected(_ arguments: [String]) {
        #expect(throws: (any Error).self) {
            try TrainEntitiesCommand.parse(["--data", "a.jsonl", "--output", "m.tpmodel"] + arguments)
        }
    }

    @Test func dataAndOutputAreRequired() {
        #expect(throws: (any Error).self) { try TrainEntitiesCommand.parse(["--output", "m.tpmodel"]) }
        #expect(throws: (any Error).self) { try TrainEntitiesCommand.parse(["--data", "a.jsonl"]) }
    }
}
