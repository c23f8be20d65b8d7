import Testing
import TextPipeCore
@testable import TextPipeTag

@Suite struct TagStageTests {
    @Test func describesItself() {
        #expect(TagStage.name == "tag")
    }
}
