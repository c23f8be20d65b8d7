import Foundation
import Testing

/// Scores on the development sets in ../shared/data, run through `textpipe eval`
/// as a user would. Each floor sits just under the score measured when it was
/// set, so a change that makes a stage worse fails here. Skipped (with a
/// message) when the data is absent.
@Suite(.enabled(if: DevData.isPresent, "../shared/data is absent; dev-set floors not checked"))
struct DevSetFloorTests {
    @Test func segmentBoundaries() throws {
        let scores = try DevData.evaluate("segment", gold: "segment/ud-ewt-dev.jsonl")
        #expect(try #require(scores["f1"] as? Double) >= DevData.Floor.segmentF1)
    }

    @Test func cleanMainText() throws {
        let scores = try DevData.evaluate("clean", gold: "html/dev")
        #expect(try #require(scores["shingle_f1"] as? Double) >= DevData.Floor.cleanFourGramF1)
    }
}

/// Where the development data is and what each stage must reach on it.
enum DevData {
    /// The floors, each just under the figure measured when it was last raised.
    enum Floor {
        static let segmentF1 = 0.96
        static let cleanFourGramF1 = 0.97
    }

    static let root = TextPipeBinary.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data")

    static var isPresent: Bool { FileManager.default.fileExists(atPath: root.path) }

    /// The `scores` object of `textpipe eval KIND --gold ROOT/GOLD --json`.
    static func evaluate(_ kind: String, gold: String, _ extra: [String] = []) throws -> [String: Any] {
        let result = try TextPipeBinary.run(
            ["eval", kind, "--gold", root.appendingPathComponent(gold).path, "--json"] + extra)
        #expect(result.status == 0, "\(result.standardError)")
        let report = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
        return try #require(report?["scores"] as? [String: Any])
    }
}
