import Foundation
import Testing

/// Input that is broken, hostile or just unusual, run through the built
/// binary. Whatever it is, the run exits with the contract's status, each
/// bad document gets exactly one error record naming the problem, and the
/// good documents are all written.
@Suite(.timeLimit(.minutes(2))) struct BadInputTests {
    /// What a run left behind.
    struct Run {
        var status: Int32
        var standardError: String
        var written: [[String: Any]]
        var errors: [[String: Any]]

        /// The ids of the documents written, in order.
        var writtenIDs: [String] { written.map { $0["id"] as? String ?? "?" } }
        /// The error record of each failed document, by id.
        var errorsByID: [String: String] {
            Dictionary(errors.map { ($0["id"] as? String ?? "?", $0["error"] as? String ?? "") }) { first, _ in first }
        }

        func text(of id: String) -> String? {
            written.first { $0["id"] as? String == id }?["text"] as? String
        }

        func warnings(of id: String) -> [String] {
            (written.first { $0["id"] as? String == id }?["meta"] as? [String: Any])?["warnings"] as? [String] ?? []
        }
    }

    /// Runs `pipeline` over `folder/in` (or `inputs`), writing to `folder/out`.
    private func run(
        _ folder: TemporaryFolder, pipeline: String = "pipelines/news.yaml", inputs: [String]? = nil,
        extra: [String] = []
    ) throws -> Run {
        let inputArguments = (inputs ?? [folder.path("in")]).flatMap { ["--input", $0] }
        let result = try TextPipeBinary.run(
            ["run", pipeline, "--output", folder.path("out/result.jsonl"), "--quiet"] + inputArguments + extra)
        return Run(
            status: result.status, standardError: result.standardError,
            written: try jsonLines(try folder.read("out/result.jsonl")),
            errors: try jsonLines((try? folder.read("out/errors.jsonl")) ?? ""))
    }

    /// A pipeline file in `folder` running only `stages`, for inputs too big for the whole news pipeline in a test.
    private func pipeline(_ folder: TemporaryFolder, stages: [String]) throws -> String {
        try folder.write("light.yaml", "stages:\n" + stages.map { "  - \($0)\n" }.joined())
        return folder.path("light.yaml")
    }

    private static let goodText = "Dr. Ada Park met the minister in Paris on Monday. They talked about trade."

    // MARK: - Encodings

    @Test func malformedUTF8OfEveryKindIsRepairedWithAWarning() throws {
        let folder = try TemporaryFolder()
        let samples: [(String, [UInt8])] = [
            ("continuation", [0x80, 0xBF]), ("cut-short", [0xE2, 0x82]), ("overlong", [0xC0, 0xAF, 0xE0, 0x80, 0xAF]),
            ("surrogate", [0xED, 0xA0, 0x80]), ("high-bytes", [0xF5, 0xFE, 0xFF]),
        ]
        for (name, bytes) in samples {
            try folder.write("in/\(name).txt", Data(Array("Before ".utf8) + bytes + Array(" after. More text.".utf8)))
        }
        try folder.write("in/truncated-at-end.txt", Data(Array("The file ends mid-character ".utf8) + [0xF0, 0x9F]))
        let line = Array(#"{"id": "line", "text": "Caf"#.utf8) + [0xE9] + Array(#" au lait."}"#.utf8) + [0x0A]
        try folder.write("in/lines.jsonl", Data(line))
        let run = try run(folder)
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.errors.isEmpty)
        #expect(Set(run.writtenIDs) == Set(samples.map { "\($0.0).txt" } + ["truncated-at-end.txt", "line"]))
        for id in run.writtenIDs {
            #expect(run.text(of: id)?.contains("\u{FFFD}") == true, "\(id)")
            #expect(run.warnings(of: id) == ["invalid UTF-8: malformed bytes were replaced with U+FFFD"], "\(id)")
        }
    }

    /// `text` in UTF-16 with a byte order mark.
    private func utf16(_ text: String, bigEndian: Bool) -> Data {
        Data(([0xFEFF] + Array(text.utf16)).flatMap { unit in
            bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        })
    }

    @Test func utf16WithAByteOrderMarkIsDecoded() throws {
        let folder = try TemporaryFolder()
        try folder.write("in/little.txt", utf16("Zürich in little-endian UTF-16. 😀", bigEndian: false))
        try folder.write("in/big.html", utf16("<p>Zürich in big-endian UTF-16, inside a page.</p>", bigEndian: true))
        let lines = """
            {"id": "first", "text": "Köln, line one."}\r
            {"id": "second", "text": "東京, line two."}\r

            """
        try folder.write("in/lines.jsonl", utf16(lines, bigEndian: false))
        let run = try run(folder)
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.errors.isEmpty)
        #expect(run.writtenIDs == ["big.html", "first", "second", "little.txt"])
        #expect(run.text(of: "little.txt") == "Zürich in little-endian UTF-16. 😀")
        #expect(run.text(of: "big.html") == "Zürich in big-endian UTF-16, inside a page.")
        #expect(run.text(of: "second") == "東京, line two.")
    }

    @Test func nulBytesMakeAnErrorRecordEachAndEscapedNULsAreText() throws {
        let folder = try TemporaryFolder()
        try folder.write("in/a-good.txt", Self.goodText)
        try folder.write("in/b-binary.txt", Data(Array("PK".utf8) + [0x03, 0x04, 0x00, 0x00] + Array("rest".utf8)))
        var lines = Array(#"{"id": "raw-nul", "text": "a"#.utf8) + [0x00] + Array("b\"}\n".utf8)
        lines += Array(#"{"id": "escaped-nul", "text": "a\u0000b is text."}"#.utf8) + [0x0A]
        try folder.write("in/c-lines.jsonl", Data(lines))
        let run = try run(folder)
        #expect(run.status == 1)
        #expect(run.writtenIDs == ["a-good.txt", "escaped-nul"])
        #expect(run.errors.count == 2)
        #expect(run.errorsByID["b-binary.txt"] == "binary file (contains NUL bytes); skipped")
        #expect(run.errorsByID["c-lines.jsonl#1"]?.hasSuffix("(the line holds NUL bytes: binary data?)") == true)
    }

    // MARK: - Sizes

    @Test func emptyFilesAreErrorRecordsAndEmptyJSONLFilesHoldNothing() throws {
        let folder = try TemporaryFolder()
        try folder.write("in/empty.txt", "")
        try folder.write("in/only-a-byte-order-mark.md", Data([0xEF, 0xBB, 0xBF]))
        try folder.write("in/empty.jsonl", "")
        try folder.write("in/blank-lines.jsonl", "\n  \n\r\n")
        try folder.write("in/good.txt", Self.goodText)
        let run = try run(folder)
        #expect(run.status == 1)
        #expect(run.writtenIDs == ["good.txt"])
        #expect(run.errors.count == 2)
        #expect(run.errorsByID["empty.txt"] == "empty file; nothing to process")
        #expect(run.errorsByID["only-a-byte-order-mark.md"] == "empty file; nothing to process")
    }

    @Test func inputOverTheSizeLimitIsRefusedWithoutBeingRead() throws {
        let folder = try TemporaryFolder()
        // Sparse files of NUL bytes: read, they would fail as binary, not as too big.
        for name in ["in/huge.txt", "in/huge.jsonl"] {
            try folder.write(name, "")
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: folder.path(name)))
            try handle.truncate(atOffset: 200_000_000)
            try handle.close()
        }
        try folder.write("in/good.txt", Self.goodText)
        let start = Date()
        let run = try run(folder)
        #expect(Date().timeIntervalSince(start) < 30)
        #expect(run.status == 1)
        #expect(run.writtenIDs == ["good.txt"])
        #expect(run.errors.count == 2)
        let limit = "200.0 MB, over the 10.0 MB limit (max_document_size); skipped"
        #expect(run.errorsByID["huge.txt"] == "file is \(limit)")
        #expect(run.errorsByID["huge.jsonl#1"] == "line is \(limit)")
    }

    @Test func oneLineOf50MBIsRefusedByDefaultAndProcessedUnderARaisedLimit() throws {
        let folder = try TemporaryFolder()
        let line = String(repeating: "A sentence of some words, then another one. ", count: 1_150_000)
        #expect(line.utf8.count > 50_000_000)
        try folder.write("in/line.txt", line)
        let lines = [#"{"id": "long", "text": "\#(line)"}"#, #"{"id": "short", "text": "Short."}"#]
        try folder.write("in/line.jsonl", lines.joined(separator: "\n"))
        let refused = try run(folder)
        #expect(refused.status == 1)
        #expect(refused.writtenIDs == ["short"])
        #expect(refused.errorsByID["line.txt"]?.hasPrefix("file is 50.6 MB, over the 10.0 MB limit") == true)
        #expect(refused.errorsByID["line.jsonl#1"]?.hasPrefix("line is 50.6 MB, over the 10.0 MB limit") == true)

        let cleanOnly = try pipeline(folder, stages: ["clean"])
        let raised = try run(folder, pipeline: cleanOnly, extra: ["--max-document-size", "64MB"])
        #expect(raised.status == 0, "\(raised.standardError)")
        #expect(raised.errors.isEmpty)
        #expect(raised.writtenIDs == ["long", "short", "line.txt"])
        #expect(raised.text(of: "line.txt")?.utf8.count == line.utf8.count - 1)
        #expect(raised.text(of: "long")?.utf8.count == line.utf8.count - 1)
    }

    // MARK: - Markup

    @Test func htmlNested100000DeepIsCleaned() throws {
        let folder = try TemporaryFolder()
        let depth = 100_000
        let page = "<html><body>" + String(repeating: "<div><section>", count: depth) + "<p>\(Self.goodText)</p>"
            + String(repeating: "</section></div>", count: depth) + String(repeating: "<ul><li>", count: depth)
            + "</body></html>"
        try folder.write("in/deep.html", page)
        let run = try run(folder)
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.text(of: "deep.html") == Self.goodText)
    }

    @Test func unterminatedTagsAndCommentsKeepTheTextBeforeThem() throws {
        let folder = try TemporaryFolder()
        try folder.write("in/open-tag.html", "<html><body><p>\(Self.goodText)</p><div class=\"never-closed")
        try folder.write("in/open-comment.html", "<html><body><p>\(Self.goodText)</p><!-- never closed <p>Hidden.</p>")
        try folder.write("in/open-elements.html", "<html><body><article><div><p>\(Self.goodText)<span><b>")
        let run = try run(folder)
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.writtenIDs.count == 3)
        for id in run.writtenIDs { #expect(run.text(of: id) == Self.goodText, "\(id)") }
    }

    @Test func jsonNestedTooDeepIsAnErrorRecord() throws {
        let folder = try TemporaryFolder()
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        try folder.write("in/lines.jsonl", "{\"text\": \"Fine.\"}\n{\"text\": \"x\", \"meta\": \(deep)}\n")
        let run = try run(folder)
        #expect(run.status == 1)
        #expect(run.writtenIDs == ["lines.jsonl#1"])
        #expect(run.errorsByID["lines.jsonl#2"]?.hasSuffix("nesting too deep") == true)
    }

    // MARK: - The file tree

    @Test(.enabled(if: geteuid() != 0, "root reads files whatever their permissions"))
    func unreadableFileIsAnErrorRecord() throws {
        let folder = try TemporaryFolder()
        try folder.write("in/good.txt", Self.goodText)
        try folder.write("in/locked.txt", Self.goodText)
        #expect(chmod(folder.path("in/locked.txt"), 0) == 0)
        let run = try run(folder)
        #expect(run.status == 1)
        #expect(run.writtenIDs == ["good.txt"])
        #expect(run.errorsByID == ["locked.txt": "cannot open: Permission denied"])
    }

    @Test func symbolicLinkLoopsNeitherHangNorCrash() throws {
        let folder = try TemporaryFolder()
        try folder.write("in/good.txt", Self.goodText)
        let links = ["in/sub/up": "..", "in/self.txt": "self.txt", "in/ping.txt": "pong.txt", "in/pong.txt": "ping.txt"]
        try FileManager.default.createDirectory(atPath: folder.path("in/sub"), withIntermediateDirectories: true)
        for (name, destination) in links {
            try FileManager.default.createSymbolicLink(atPath: folder.path(name), withDestinationPath: destination)
        }
        let run = try run(folder)
        #expect(run.status == 1)
        #expect(run.writtenIDs == ["good.txt"])
        #expect(run.errors.count == 3)
        for id in ["self.txt", "ping.txt", "pong.txt"] {
            #expect(run.errorsByID[id] == "cannot open: Too many levels of symbolic links", "\(id)")
        }
        #expect(run.standardError.contains("warning: 'sub/up' is a symbolic link to a folder, not followed"))
    }

    @Test func outputInsideTheInputTreeIsNeverReadBack() throws {
        let folder = try TemporaryFolder()
        try folder.write("in/good.txt", Self.goodText)
        for _ in 1...2 {
            let result = try TextPipeBinary.run([
                "run", "pipelines/news.yaml", "--input", folder.path("in"),
                "--output", folder.path("in/out/result.jsonl"), "--quiet",
            ])
            #expect(result.status == 0, "\(result.standardError)")
            #expect(try jsonLines(try folder.read("in/out/result.jsonl")).map { $0["id"] as? String } == ["good.txt"])
            #expect(try folder.read("in/out/errors.jsonl").isEmpty)
        }
    }

    /// 100,000 files are measured by scripts/many-files-benchmark; creating
    /// and removing that many from a test takes minutes on slow disks.
    @Test func tenThousandTinyFilesAreAllWritten() throws {
        let folder = try TemporaryFolder()
        let count = 10_000
        let root = folder.path("in")
        for index in 0..<count {
            // Zero-padded numbers: 000/000000.txt to 009/009999.txt.
            let subfolder = root + "/" + String(1_000 + index / 1_000).dropFirst()
            if index % 1_000 == 0 {
                try FileManager.default.createDirectory(atPath: subfolder, withIntermediateDirectories: true)
            }
            try writeQuickly(subfolder + "/" + String(1_000_000 + index).dropFirst() + ".txt", "Note \(index). Short.")
        }
        let start = Date()
        let run = try run(folder, pipeline: try pipeline(folder, stages: ["segment"]))
        let seconds = Date().timeIntervalSince(start)
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.written.count == count)
        #expect(run.writtenIDs.first == "000/000000.txt")
        #expect(run.writtenIDs.last == "009/009999.txt")
        #expect(seconds < 30, "\(count) files took \(seconds) s")
    }

    /// Writes a small file with one system call, for trees of many files.
    private func writeQuickly(_ path: String, _ text: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw CocoaError(.fileWriteUnknown) }
        defer { close(descriptor) }
        _ = Array(text.utf8).withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    }
}
