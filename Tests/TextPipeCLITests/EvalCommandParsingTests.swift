import Testing
@testable import TextPipeCLI

@Suite struct EvalCommandParsingTests {
    @Test func kindSpecificFlagsHaveTheirDefaults() throws {
        let command = try EvalCommand.parse(["summary", "--gold", "bbc.jsonl"])
        #expect(command.kind == "summary")
        #expect(command.sentences == 3)
        #expect(command.k == 10)
        #expect(command.labelField == "category")
        #expect(!command.keepTitle)
        #expect(command.pipeline == nil)
    }

    @Test func outOfRangeNumbersAreRejected() {
        for arguments in [["--k", "0"], ["--sentences", "0"], ["--limit", "0"]] {
            #expect(throws: (any Error).self) { try EvalCommand.parse(["keywords", "--gold", "g.jsonl"] + arguments) }
        }
    }
}
