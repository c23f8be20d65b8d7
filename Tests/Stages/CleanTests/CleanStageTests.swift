import Testing
import TextPipeCore
@testable import TextPipeClean

@Suite struct CleanStageTests {
    @Test func describesItself() {
        #expect(CleanStage.name == "clean")
    }
}
