import Foundation
import Testing
import TextPipeCore

@testable import TextPipeEntities

/// The model file: round trip, errors, and the built-in model.
@Suite struct ModelFileTests {
    private func smallModel() -> EntityModel {
        let labels: [EntityLabel] = [.person, .location]
        let tagCount = 1 + 4 * labels.count
        let keys: [UInt32] = [900, 7, 123_456_789, 42]
        let weights = (0..<keys.count * tagCount).map { Float($0 % 7) - 2.5 }
        let transitions = (0..<(tagCount + 1) * tagCount).map { Float($0 % 5) * 0.25 }
        let profile = CaseProfile(entries: [(11, .nearlyAlwaysLower), (5, .nearlyAlwaysCapitalized)])
        let clusters = WordClusters(entries: [(11, .init(bits: 0b101101, length: 6)), (77, .init(bits: 1, length: 16))])
        return EntityModel(
            labels: labels, keys: keys, weights: weights, transitions: transitions, caseProfile: profile,
            clusters: clusters, frequentWords: [Array("the".utf8), Array("Harbour".utf8)]
        ).withConfidence(slopes: [0.8, 1.5], intercepts: [-0.3, 0.25])
    }

    @Test func savesAndLoadsTheSameModel() throws {
        let model = smallModel()
        let loaded = try EntityModel(encoded: model.encoded())
        #expect(loaded.labels == model.labels)
        #expect(Set(loaded.keys) == Set(model.keys))
        #expect(loaded.transitions == model.transitions)
        #expect(loaded.confidenceSlopes == [0.8, 1.5] && loaded.confidenceIntercepts == [-0.3, 0.25])
        for key in model.keys {
            let row = try #require(model.row(of: key))
            let loadedRow = try #require(loaded.row(of: key))
            let tagCount = model.tags.count
            #expect(
                model.quantizedWeights[row * tagCount..<(row + 1) * tagCount]
                    == loaded.quantizedWeights[loadedRow * tagCount..<(loadedRow + 1) * tagCount])
        }
        #expect(loaded.row(of: 8) == nil)
        #expect(loaded.caseProfile.habit(of: 5) == .nearlyAlwaysCapitalized)
        #expect(loaded.caseProfile.habit(of: 11) == .nearlyAlwaysLower)
        #expect(loaded.caseProfile.habit(of: 6) == .unknown)
        #expect(loaded.clusters.path(of: 11) == WordClusters.Path(bits: 0b101101, length: 6))
        #expect(loaded.clusters.path(of: 77) == WordClusters.Path(bits: 1, length: 16))
        #expect(loaded.clusters.path(of: 12) == nil)
        #expect(loaded.frequentWords == [Array("the".utf8), Array("Harbour".utf8)])
        #expect(loaded.encoded() == model.encoded())
    }

    /// The bytes of the word clusters and of the frequent words at the end of ``smallModel()``'s file.
    private let clusterBytes = 4 + 2 * 11
    private let frequentWordBytes = 4 + 4 + 8

    @Test func readsAVersionFourFileWithoutFrequentWords() throws {
        var bytes = smallModel().encoded()
        bytes.removeLast(frequentWordBytes)
        bytes[6] = 4
        let loaded = try EntityModel(encoded: bytes)
        #expect(loaded.clusters.entries.count == 2)
        #expect(loaded.frequentWords.isEmpty)
    }

    @Test func readsAVersionThreeFileWithoutClusters() throws {
        var bytes = smallModel().encoded()
        bytes.removeLast(clusterBytes + frequentWordBytes)
        bytes[6] = 3
        let loaded = try EntityModel(encoded: bytes)
        #expect(loaded.caseProfile.habit(of: 5) == .nearlyAlwaysCapitalized)
        #expect(loaded.clusters.entries.isEmpty)
    }

    @Test func readsAVersionTwoFileWithoutACaseProfile() throws {
        var bytes = smallModel().encoded()
        let profileBytes = 4 + 2 * 9
        bytes.removeLast(profileBytes + clusterBytes + frequentWordBytes)
        bytes[6] = 2  // the version, little-endian, after the six header bytes
        bytes[7] = 0
        let loaded = try EntityModel(encoded: bytes)
        #expect(loaded.featureCount == 4)
        #expect(loaded.caseProfile.entries.isEmpty)
    }

    @Test func eachLabelHasItsOwnConfidenceCurve() {
        let model = smallModel()
        #expect(model.confidence(margin: 0, label: 0) < 0.5)
        #expect(model.confidence(margin: 0, label: 1) > 0.5)
        #expect(model.confidence(margin: 2, label: 0) < model.confidence(margin: 2, label: 1))
    }

    @Test func weightsSurviveQuantisation() throws {
        let model = smallModel()
        let keys: [UInt32] = [7, 42]
        var scores = [Float](repeating: 0, count: model.tags.count)
        keys.withUnsafeBufferPointer { keys in
            scores.withUnsafeMutableBufferPointer { model.score(keys, into: $0.baseAddress!) }
        }
        // Row of key 7 (index 1) plus row of key 42 (index 3), one weight per tag.
        let tagCount = model.tags.count
        let expected = (0..<tagCount).map { tag in
            (Float((1 * tagCount + tag) % 7) - 2.5) + (Float((3 * tagCount + tag) % 7) - 2.5)
        }
        for (score, want) in zip(scores, expected) { #expect(abs(score - want) < 0.01) }
    }

    @Test(arguments: [
        [UInt8](),
        Array("NOTAMODEL".utf8),
        Array("TPNER".utf8) + [0, 9, 0],
    ])
    func rejectsWhatIsNotAModel(_ bytes: [UInt8]) {
        #expect(throws: StageError.self) { try EntityModel(encoded: bytes) }
    }

    @Test func rejectsATruncatedModel() {
        let bytes = smallModel().encoded()
        #expect(throws: StageError.self) { try EntityModel(encoded: Array(bytes.dropLast(3))) }
    }

    @Test func aMissingFileIsAStageError() {
        #expect(throws: StageError.self) { try EntityModel(contentsOfFile: "/no/such/model.tpmodel") }
    }

    @Test func theBuiltInModelLoadsQuickly() throws {
        let path = try #require(EntitiesStage.builtInModelPath)
        let clock = ContinuousClock()
        let started = clock.now
        let model = try EntityModel(contentsOfFile: path)
        #expect(clock.now - started < .seconds(1))
        #expect(model.labels == [.person, .organization, .location, .miscellaneous])
        #expect(model.featureCount > 1000)
    }
}
