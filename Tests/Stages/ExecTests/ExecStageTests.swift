import Testing
@testable import TextPipeExec

@Suite struct ExecStageTests {
    @Test func describesItself() {
        #expect(ExecStage.name == "exec")
    }
}
