import Testing
import TextPipeCore
@testable import TextPipeEntities

@Suite struct EntitiesStageTests {
    @Test func describesItself() {
        #expect(EntitiesStage.name == "entities")
    }
}
