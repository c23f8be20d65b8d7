import Foundation
import Testing
@testable import TextPipeCore

@Suite struct DocumentReaderTests {
    private func readAll(_ reader: DocumentReader) -> [RawDocument] {
        var documents: [RawDocument] = []
        while let document = reader.next() { documents.append(document) }
        return documents
    }

    private func bytes(_ raw: RawDocument) -> [UInt8]? {
        switch raw.content {
        case .file(let bytes), .jsonLine(let bytes): bytes
        case .failure, .elsewhere: nil
        }
    }

    private func failureMessage(_ raw: RawDocument) -> String? {
        if case .failure(let message) = raw.content { return message }
        return nil
    }

    @Test func readsFilesWholeAndJSONLLinesOneByOne() throws {
        let tree = try TemporaryDirectory()
        defer { tree.remove() }
        try tree.write("a.txt", "Alpha text\nsecond line\n")
        try tree.write("b.jsonl", "{\"text\": \"one\"}\n\n  \t\n{\"text\": \"two\"}\r\n{\"text\": \"three\"}")
        try tree.write("c.md", "# Title")
        let reader = DocumentReader(plan: try InputPlan(inputs: [tree.path]), maxDocumentBytes: 1_000)
        let documents = readAll(reader)

        #expect(documents.map(\.fallbackID) == ["a.txt", "b.jsonl#1", "b.jsonl#4", "b.jsonl#5", "c.md"])
        #expect(documents.map { bytes($0).map { String(decoding: $0, as: UTF8.self) } } == [
            "Alpha text\nsecond line\n", "{\"text\": \"one\"}", "{\"text\": \"two\"}", "{\"text\": \"three\"}", "# Title",
        ])
        #expect(documents.map(\.byteCount) == [23, 15, 15, 17, 7])
        if case .file = documents[0].content {} else { Issue.record("a.txt should be read as a file") }
        if case .jsonLine = documents[1].content {} else { Issue.record("b.jsonl should be read by line") }
        #expect(documents[2].source == DocumentSource(path: tree.path("b.jsonl"), line: 4, format: .jsonl))
        #expect(documents[4].source == DocumentSource(path: tree.path("c.md"), format: .markdown))
        #expect(reader.next()?.fallbackID == nil)
    }

    @Test func readsLazilyOneDocumentAtATime() throws {
        let tree = try TemporaryDirectory()
        defer { tree.remove() }
        try tree.write("1.txt", "first")
        try tree.write("2.txt", "second")
        let reader = DocumentReader(plan: try InputPlan(inputs: [tree.path]), maxDocumentBytes: 1_000)
        try tree.write("1.txt", "changed after planning")
        #expect(reader.next().flatMap(bytes) == Array("changed after planning".utf8))
        // The second file is only opened now, so its removal shows as a failure.
        try FileManager.default.removeItem(atPath: tree.path("2.txt"))
        let second = try #require(reader.next())
        #expect(second.fallbackID == "2.txt")
        #expect(failureMessage(second)?.hasPrefix("cannot open") == true)
        #expect(reader.next()?.fallbackID == nil)
    }

    @Test func fileOverTheLimitIsAFailureWithItsSize() throws {
        let tree = try TemporaryDirectory()
        defer { tree.remove() }
        try tree.write("big.txt", bytes: [UInt8](repeating: 0x61, count: 1_500_000))
        try tree.write("small.txt", "fits")
        let reader = DocumentReader(plan: try InputPlan(inputs: [tree.path]), maxDocumentBytes: 1_000_000)
        let documents = readAll(reader)
        try #require(documents.count == 2)
        #expect(documents[0].fallbackID == "big.txt")
        #expect(failureMessage(documents[0]) == "file is 1.5 MB, over the 1.0 MB limit (max_document_size); skipped")
        #expect(bytes(documents[1]) == Array("fits".utf8))
    }

    @Test func lineOverTheLimitIsAFailureAndTheNextLineIsRead() throws {
        let tree = try TemporaryDirectory()
        defer { tree.remove() }
        let long = "{\"text\": \"" + String(repeating: "x", count: 2_000_000) + "\"}"
        try tree.write("lines.jsonl", long + "\n{\"text\": \"short\"}\n")
        let reader = DocumentReader(plan: try InputPlan(inputs: [tree.path]), maxDocumentBytes: 1_000_000)
        let documents = readAll(reader)
        try #require(documents.count == 2)
        #expect(documents[0].fallbackID == "lines.jsonl#1")
        #expect(failureMessage(documents[0]) == "line is 2.0 MB, over the 1.0 MB limit (max_document_size); skipped")
        #expect(documents[0].byteCount == long.utf8.count)
        #expect(bytes(documents[1]) == Array("{\"text\": \"short\"}".utf8))
    }

    @Test func emptyJSONLFileYieldsNothing() throws {
        let tree = try TemporaryDirectory()
        defer { tree.remove() }
        try tree.write("empty.jsonl", "\n\n")
        try tree.write("z.txt", "after")
        let documents = readAll(DocumentReader(plan: try InputPlan(inputs: [tree.path]), maxDocumentBytes: 100))
        #expect(documents.map(\.fallbackID) == ["z.txt"])
    }
}
