import Foundation
import Testing
@testable import TextPipeCore

/// Line-aligned byte ranges: every line of a JSONL file is read by exactly
/// one shard, whole, and the shards' documents put together are a single
/// run's, in the same order, with the same fallback ids.
@Suite struct ShardRangeTests {
    /// The ranges of all `count` shards of `bytes`, from the in-memory splitter.
    private func ranges(_ bytes: [UInt8], count: Int) -> [Range<Int>] {
        (0..<count).map { index in
            LineAlignedRanges.range(index: index, count: count, size: bytes.count) { offset in
                bytes[offset...].firstIndex(of: UInt8(ascii: "\n"))
            }
        }
    }

    /// The lines of each range, with their line endings.
    private func lines(_ bytes: [UInt8], _ range: Range<Int>) -> [String] {
        bytes[range].split(separator: UInt8(ascii: "\n")).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test(arguments: [1, 2, 3, 7, 16])
    func rangesTileTheFileAtLineStarts(count: Int) {
        let text = (0..<23).map { "{\"id\": \"n\($0)\", \"text\": \"\(String(repeating: "w", count: $0 * 7 % 31))\"}\n" }
            .joined()
        let bytes = Array(text.utf8)
        let parts = ranges(bytes, count: count)
        #expect(parts.first?.lowerBound == 0 && parts.last?.upperBound == bytes.count)
        for (left, right) in zip(parts, parts.dropFirst()) { #expect(left.upperBound == right.lowerBound) }
        for part in parts where part.lowerBound > 0 { #expect(bytes[part.lowerBound - 1] == UInt8(ascii: "\n")) }
        #expect(parts.flatMap { lines(bytes, $0) } == lines(bytes, 0..<bytes.count))
    }

    @Test func aFileWithFewerLinesThanShardsLeavesSomeRangesEmpty() {
        let bytes = Array("{\"text\": \"a\"}\n{\"text\": \"b\"}\n".utf8)
        let parts = ranges(bytes, count: 7)
        #expect(parts.filter { !$0.isEmpty }.count == 2)
        #expect(parts.flatMap { lines(bytes, $0) } == ["{\"text\": \"a\"}", "{\"text\": \"b\"}"])
        #expect(ranges([], count: 3) == [0..<0, 0..<0, 0..<0])
    }

    @Test func aLastLineWithoutNewlineAndCRLFStayWhole() {
        let bytes = Array("{\"text\": \"one\"}\r\n{\"text\": \"two\"}\r\n{\"text\": \"three\"}".utf8)
        for count in 1...6 {
            #expect(
                ranges(bytes, count: count).flatMap { lines(bytes, $0) }
                    == ["{\"text\": \"one\"}\r", "{\"text\": \"two\"}\r", "{\"text\": \"three\"}"])
        }
    }

    @Test func theFileSplitterReadsTheSameRanges() throws {
        let tree = try TemporaryDirectory()
        defer { tree.remove() }
        let text = (0..<500).map { "{\"text\": \"line \($0) \(String(repeating: "x", count: $0 % 9000))\"}\n" }.joined()
        let path = try tree.write("big.jsonl", text)
        let bytes = Array(text.utf8)
        for count in [2, 3, 7] {
            let fromFile = try (0..<count).map { try LineAlignedRanges.range(index: $0, count: count, path: path) }
            #expect(fromFile == ranges(bytes, count: count))
        }
    }

    @Test func aUTF16FileGoesWholeToTheFirstShard() throws {
        let tree = try TemporaryDirectory()
        defer { tree.remove() }
        let path = try tree.write("wide.jsonl", bytes: [0xFF, 0xFE] + Array("{\"text\": \"a\"}\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        #expect(try LineAlignedRanges.range(index: 0, count: 3, path: path) == 0..<30)
        #expect(try LineAlignedRanges.range(index: 2, count: 3, path: path).isEmpty)
    }

    /// The reader, shard by shard: the same documents, fallback ids and order as one reader.
    @Test(arguments: [1, 2, 3, 7])
    func shardReadersTogetherReadEveryDocumentOnce(count: Int) throws {
        let tree = try TemporaryDirectory()
        defer { tree.remove() }
        let lines = (0..<40).map { $0 % 5 == 0 ? "{\"text\": \"no id \($0)\"}" : "{\"id\": \"d\($0)\", \"text\": \"t\($0)\"}" }
        try tree.write("in/a.jsonl", "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n\n")
        try tree.write("in/b.txt", "plain")
        try tree.write("in/c.jsonl", lines.prefix(3).joined(separator: "\n"))
        let plan = try InputPlan(inputs: [tree.path("in")])
        func read(_ shard: ShardSpec?) -> [RawDocument] {
            let reader = DocumentReader(plan: plan, maxDocumentBytes: 1_000, shard: shard)
            var documents: [RawDocument] = []
            while let document = reader.next() { documents.append(document) }
            return documents
        }
        let single = read(nil)
        let shards = (0..<count).map { read(ShardSpec(index: $0, count: count)) }
        let merged = shards.flatMap { $0.filter { if case .elsewhere = $0.content { false } else { true } } }
            .sorted { $0.position < $1.position }
        #expect(merged.map(\.fallbackID) == single.map(\.fallbackID))
        #expect(merged.map(InputFingerprint.of) == single.map(InputFingerprint.of))
        #expect(Set(merged.map(\.position)).count == merged.count)
    }

    /// Lines with ids never make a shard read before its range; a line without one gets its global number.
    @Test func linesAreCountedOnlyForALineWithoutAnId() throws {
        let tree = try TemporaryDirectory()
        defer { tree.remove() }
        let lines = (1...20).map { "{\"id\": \"d\($0)\", \"text\": \"t\"}" } + ["{\"text\": \"no id\"}"]
        try tree.write("f.jsonl", lines.joined(separator: "\n") + "\n")
        let reader = DocumentReader(
            plan: try InputPlan(inputs: [tree.path("f.jsonl")]), maxDocumentBytes: 1_000, shard: ShardSpec(index: 1, count: 2))
        var raws: [RawDocument] = []
        while let raw = reader.next() { raws.append(raw) }
        let origin = try #require(raws.first?.line?.origin)
        let ids = try raws.dropLast().map { try DocumentDecoder.decode($0).id }
        #expect(ids.first != "d1" && ids.last == "d20")
        #expect(!origin.isCounted)
        #expect(try DocumentDecoder.decode(try #require(raws.last)).id == "f.jsonl#21")
        #expect(origin.isCounted)
    }
}
