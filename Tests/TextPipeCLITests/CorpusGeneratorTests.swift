import Foundation
import Testing
import TextPipe
@testable import TextPipeCLI

@Suite struct CorpusGeneratorTests {
    @Test func seededGeneratorIsDeterministicPerSeed() {
        var first = SeededGenerator(seed: 7)
        var second = SeededGenerator(seed: 7)
        var other = SeededGenerator(seed: 8)
        let a = (0..<5).map { _ in first.next() }
        #expect(a == (0..<5).map { _ in second.next() })
        #expect(a != (0..<5).map { _ in other.next() })
    }

    @Test func generatesTheSameCorpusTwiceAndReachesTheSize() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("corpus-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("samples"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let paragraph = "A paragraph long enough to be used by the corpus generator for its articles."
        try "\(paragraph)\n\nSecond \(paragraph)".write(
            to: folder.appendingPathComponent("samples/one.txt"), atomically: true, encoding: .utf8)
        try "<html><body><p>\(paragraph)</p></body></html>".write(
            to: folder.appendingPathComponent("samples/page.html"), atomically: true, encoding: .utf8)
        let generator = try CorpusGenerator(samples: folder.appendingPathComponent("samples").path)
        let first = try generator.write(to: folder.appendingPathComponent("a.jsonl").path, bytes: 20_000, seed: 3)
        let second = try generator.write(to: folder.appendingPathComponent("b.jsonl").path, bytes: 20_000, seed: 3)
        #expect(first.bytes >= 20_000)
        #expect(first.documents == second.documents)
        let a = try Data(contentsOf: folder.appendingPathComponent("a.jsonl"))
        #expect(a == (try Data(contentsOf: folder.appendingPathComponent("b.jsonl"))))
        #expect(String(decoding: a, as: UTF8.self).contains("<html>"))
    }
}
