import ArgumentParser
import Foundation
import TextPipe

/// Builds a large, deterministic benchmark corpus (JSON Lines) from a folder of
/// sample documents: plain-text documents are recombined paragraph by paragraph
/// into new articles, and HTML pages are kept whole, so every stage sees the
/// kind of input it meets in real runs.
struct CorpusGenerator {
    private var paragraphs: [String] = []
    private var pages: [String] = []

    /// Reads the samples under `folder`.
    init(samples folder: String) throws {
        let plan = try InputPlan(inputs: [folder])
        let reader = DocumentReader(plan: plan, maxDocumentBytes: Pipeline.defaultMaxDocumentBytes)
        while let raw = reader.next() {
            guard let document = try? DocumentDecoder.decode(raw) else { continue }
            if document.source.format == .html {
                pages.append(document.text)
            } else {
                paragraphs += document.text.components(separatedBy: "\n\n").filter { $0.count > 40 }
            }
        }
        guard !paragraphs.isEmpty else {
            throw ValidationError("no text samples under '\(folder)' to build a benchmark corpus from")
        }
    }

    /// Writes documents to `path` until it holds at least `bytes` bytes of text;
    /// returns the number of documents and text bytes written.
    func write(to path: String, bytes target: Int, seed: UInt64) throws -> (documents: Int, bytes: Int) {
        let file = try OutputFile(creating: path)
        var random = SeededGenerator(seed: seed)
        var documents = 0
        var bytes = 0
        while bytes < target {
            let text: String
            if !pages.isEmpty && documents % 5 == 4 {
                text = pages[Int(random.next() % UInt64(pages.count))]
            } else {
                let count = 4 + Int(random.next() % 8)
                text = (0..<count).map { _ in paragraphs[Int(random.next() % UInt64(paragraphs.count))] }
                    .joined(separator: "\n\n")
            }
            var writer = JSONWriter()
            writer.value(.object(["id": .string("bench-\(documents)"), "text": .string(text)]))
            file.writeLine(writer.bytes)
            documents += 1
            bytes += text.utf8.count
        }
        file.flush()
        return (documents, bytes)
    }
}
