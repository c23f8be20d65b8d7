import Foundation
import Testing

/// The entities stage's built-in model on the UNER English-EWT development
/// set, through `textpipe eval entities` as a user would run it. Each floor sits
/// just under the score measured when the model was last rebuilt (see README,
/// "Entity model"). Skipped when ../shared/data is absent.
@Suite(.enabled(if: DevData.isPresent, "../shared/data is absent; entity dev-set floors not checked"))
struct EntitiesDevFloorTests {
    enum Floor {
        static let f1 = 0.715
        static let person = 0.78
        static let location = 0.75
        static let organization = 0.52
    }

    @Test func exactSpanAndLabelF1() throws {
        let scores = try DevData.evaluate("entities", gold: "entities/uner-ewt-dev.jsonl")
        #expect(try #require(scores["f1"] as? Double) >= Floor.f1)
        func labelF1(_ label: String) throws -> Double {
            let group = try #require(scores[label] as? [String: Any], "no scores for \(label)")
            return try #require(group["f1"] as? Double)
        }
        #expect(try labelF1("PERSON") >= Floor.person)
        #expect(try labelF1("LOC") >= Floor.location)
        #expect(try labelF1("ORG") >= Floor.organization)
    }
}
