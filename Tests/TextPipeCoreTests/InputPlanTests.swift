import Foundation
import Testing
import TextPipeCore

@Suite struct InputPlanTests {
    /// A tree with every kind of file a walk must take or skip.
    private func makeTree() throws -> TemporaryDirectory {
        let tree = try TemporaryDirectory()
        try tree.write("b.txt", "bee")
        try tree.write("a.md", "# a")
        try tree.write("Z.txt", "capital sorts first")
        try tree.write("image.png", bytes: [0x89, 0x50])
        try tree.write("notes.pdf", "pdf")
        try tree.write("README", "no extension")
        try tree.write(".hidden.txt", "hidden")
        try tree.write(".git/inside.txt", "hidden folder")
        try tree.write("sub/c.html", "<p>c</p>")
        try tree.write("sub/d.htm", "<p>d</p>")
        try tree.write("sub/e.jsonl", "{\"text\": \"one\"}\n\n   \n{\"text\": \"two\"}\r\n{\"text\": \"three\"}")
        try tree.write("sub/deeper/f.TXT", "upper-case extension")
        try tree.write("sub/.cache/g.txt", "hidden below")
        try tree.write("folder.md/inner.txt", "a folder named like a file")
        return tree
    }

    private func ids(_ plan: InputPlan) -> [String] {
        plan.entries.map { entry in
            if case .file(_, let id, _) = entry { return id }
            return "-"
        }
    }

    @Test func walkTakesKnownExtensionsInSortedOrderSkippingHidden() throws {
        let tree = try makeTree()
        defer { tree.remove() }
        let plan = try InputPlan(inputs: [tree.path])
        #expect(ids(plan) == [
            "Z.txt", "a.md", "b.txt", "folder.md/inner.txt", "sub/c.html", "sub/d.htm", "sub/deeper/f.TXT",
            "sub/e.jsonl",
        ])
    }

    @Test func entriesCarryFullPathsAndFormats() throws {
        let tree = try makeTree()
        defer { tree.remove() }
        let plan = try InputPlan(inputs: [tree.path + "/"])
        let formats = Dictionary(uniqueKeysWithValues: plan.entries.compactMap { entry -> (String, DocumentSource.Format)? in
            guard case .file(let path, let id, let format) = entry else { return nil }
            #expect(path == tree.path(id))
            return (id, format)
        })
        #expect(formats["a.md"] == .markdown)
        #expect(formats["b.txt"] == .text)
        #expect(formats["sub/deeper/f.TXT"] == .text)
        #expect(formats["sub/c.html"] == .html)
        #expect(formats["sub/d.htm"] == .html)
        #expect(formats["sub/e.jsonl"] == .jsonl)
    }

    @Test func includePatternWithoutSlashMatchesTheFileName() throws {
        let tree = try makeTree()
        defer { tree.remove() }
        #expect(ids(try InputPlan(inputs: [tree.path], include: ["*.txt"])) == ["Z.txt", "b.txt", "folder.md/inner.txt"])
        #expect(ids(try InputPlan(inputs: [tree.path], include: ["*.htm*", "a.*"])) == ["a.md", "sub/c.html", "sub/d.htm"])
    }

    @Test func patternWithSlashMatchesTheRelativePath() throws {
        let tree = try makeTree()
        defer { tree.remove() }
        #expect(ids(try InputPlan(inputs: [tree.path], include: ["sub/*.htm*"])) == ["sub/c.html", "sub/d.htm"])
        #expect(ids(try InputPlan(inputs: [tree.path], include: ["c.html"])) == ["sub/c.html"])
        #expect(ids(try InputPlan(inputs: [tree.path], include: ["/c.html"])).isEmpty)
        #expect(ids(try InputPlan(inputs: [tree.path], include: ["sub/d*"])) == ["sub/d.htm", "sub/deeper/f.TXT"])
        #expect(
            ids(try InputPlan(inputs: [tree.path], exclude: ["sub/deeper/*", "*.jsonl"])) == [
                "Z.txt", "a.md", "b.txt", "folder.md/inner.txt", "sub/c.html", "sub/d.htm",
            ])
    }

    @Test func excludeWinsOverInclude() throws {
        let tree = try makeTree()
        defer { tree.remove() }
        #expect(ids(try InputPlan(inputs: [tree.path], include: ["*.txt"], exclude: ["Z*"])) == ["b.txt", "folder.md/inner.txt"])
    }

    @Test func fileInputUsesItsNameAsIDAndDashIsStandardInput() throws {
        let tree = try makeTree()
        defer { tree.remove() }
        let plan = try InputPlan(inputs: [tree.path("sub/e.jsonl"), "-", tree.path("README")])
        #expect(plan.entries == [
            .file(path: tree.path("sub/e.jsonl"), id: "e.jsonl", format: .jsonl),
            .standardInput,
            .file(path: tree.path("README"), id: "README", format: .text),
        ])
    }

    @Test func severalInputsKeepTheirOrder() throws {
        let tree = try makeTree()
        defer { tree.remove() }
        let plan = try InputPlan(inputs: [tree.path("sub/deeper"), tree.path("b.txt")])
        #expect(ids(plan) == ["f.TXT", "b.txt"])
    }

    @Test func missingPathThrows() throws {
        let tree = try TemporaryDirectory()
        defer { tree.remove() }
        let missing = tree.path("nothing-here")
        #expect {
            try InputPlan(inputs: [missing])
        } throws: { error in
            (error as? InputPlan.Failure)?.description == "input '\(missing)' does not exist"
        }
    }

    @Test func countsFilesAndNonEmptyJSONLLines() throws {
        let tree = try makeTree()
        defer { tree.remove() }
        // Seven files plus three documents in the JSONL file.
        #expect(try InputPlan(inputs: [tree.path]).countDocuments() == 10)
        #expect(try InputPlan(inputs: [tree.path("sub/e.jsonl")]).countDocuments() == 3)
        #expect(try InputPlan(inputs: [tree.path, "-"]).countDocuments() == nil)
    }

    @Test func totalBytesSumsFileSizes() throws {
        let tree = try TemporaryDirectory()
        defer { tree.remove() }
        try tree.write("one.txt", "12345")
        try tree.write("two/two.md", "1234567")
        #expect(try InputPlan(inputs: [tree.path]).totalBytes() == 12)
    }
}
