import Foundation
import Testing
import TextPipeCore

@testable import TextPipeEntities

/// Word clusters: path prefixes, the cluster file, and the features they give.
@Suite struct WordClusterTests {
    @Test func prefixesKeepTheFirstStepsAndTheirCount() {
        let path = WordClusters.Path(bits: 0b1011_0110, length: 8)
        #expect(path.prefix(4) == 0b1011 | 4 << 16)
        #expect(path.prefix(8) == 0b1011_0110 | 8 << 16)
        // Longer than the path: the whole path.
        #expect(path.prefix(12) == path.prefix(8))
        // The same bits at another length are another class.
        #expect(WordClusters.Path(bits: 0b1011, length: 4).prefix(4) == path.prefix(4))
        #expect(WordClusters.Path(bits: 0b0101, length: 5).prefix(4) != WordClusters.Path(bits: 0b0101, length: 4).prefix(4))
    }

    /// Reads `contents` as a cluster file written for the call and removed after it.
    private func readFile(_ contents: String) throws -> WordClusters {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("clusters-\(UUID().uuidString).tsv").path
        try contents.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try WordClusters.read(fromFile: path)
    }

    @Test func readsAClusterFileFoldingCase() throws {
        let clusters = try readFile("harbour\t0110\nquay\t011011\n")
        #expect(clusters.entries.count == 2)
        #expect(clusters.path(of: FoldedHash.of("Harbour")) == WordClusters.Path(bits: 0b0110, length: 4))
        #expect(clusters.path(of: FoldedHash.of("pier")) == nil)
    }

    @Test(arguments: ["harbour 0110\n", "harbour\t01a0\n", "harbour\t\n", "harbour\t01010101010101010\n"])
    func rejectsAMalformedLineWithItsNumber(_ contents: String) throws {
        #expect(throws: WordClusters.FileError.self) { try readFile("quay\t011011\n" + contents) }
        do {
            _ = try readFile("quay\t011011\n" + contents)
        } catch let error as WordClusters.FileError {
            #expect(error.message.contains(":2:"))
        }
    }

    @Test func clusteredWordsGetPrefixFeatures() {
        func featureCounts(_ clusters: WordClusters) -> [Int] {
            withTokenText("Boats left the harbour early") { text, _ in
                let features = DocumentFeatures(
                    text: text, sentences: [0..<text.count], caseProfile: .empty, clusters: clusters)
                var counts: [Int] = []
                features.forEachToken(in: 0..<text.count) { _, keys in counts.append(keys.count) }
                return counts
            }
        }
        let clusters = WordClusters(entries: [(FoldedHash.of("harbour"), .init(bits: 0b0110_1101_1, length: 9))])
        let without = featureCounts(.empty)
        let with = featureCounts(clusters)
        // "harbour" itself: prefixes of 4, 8 and the whole 9; its neighbours: one each.
        #expect(with[3] - without[3] == 3)
        #expect(with[2] - without[2] == 1 && with[4] - without[4] == 1)
        #expect(with[0] == without[0])
    }
}
