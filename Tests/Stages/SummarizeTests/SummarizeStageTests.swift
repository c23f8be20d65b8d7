import Testing
import TextPipeCore
@testable import TextPipeSummarize

@Suite struct SummarizeStageTests {
    @Test func describesItself() {
        #expect(SummarizeStage.name == "summarize")
    }
}
