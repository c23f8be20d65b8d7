import Testing
@testable import TextPipeCLI

@Suite struct TrainTagsCommandParsingTests {
    @Test func defaultsMatchTheTrainer() throws {
        let command = try TrainTagsCommand.parse(["--data", "d.jsonl", "--output", "m.tpmodel"])
        #expect(command.labelField == "category")
        #expect(command.textField == "text")
        #expect(command.crossValidate == nil)
        #expect(command.epochs == 20)
        #expect(command.hashBits == 20)
    }

    @Test func needsAnOutputOrCrossValidationInRange() {
        let invalid = [
            ["--data", "d.jsonl"],
            ["--data", "d.jsonl", "--cross-validate", "1"],
            ["--data", "d.jsonl", "--output", "m", "--epochs", "0"],
            ["--data", "d.jsonl", "--output", "m", "--hash-bits", "30"],
            ["--data", "d.jsonl", "--output", "m", "--min-df", "0"],
            ["--data", "d.jsonl", "--output", "m", "--learning-rate", "0"],
            ["--data", "d.jsonl", "--output", "m", "--regularization=-1"],
        ]
        for arguments in invalid {
            #expect(throws: (any Error).self, "\(arguments)") { try TrainTagsCommand.parse(arguments) }
        }
        #expect(throws: Never.self) { try TrainTagsCommand.parse(["--data", "d.jsonl", "--cross-validate", "5"]) }
    }
}
