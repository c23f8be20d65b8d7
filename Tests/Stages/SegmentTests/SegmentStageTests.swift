import Testing
import TextPipeCore
@testable import TextPipeSegment

@Suite struct SegmentStageTests {
    @Test func describesItself() {
        #expect(SegmentStage.name == "segment")
    }
}
