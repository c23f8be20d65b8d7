import Foundation
import Testing
@testable import TextPipeCore

/// Trees a directory walk must get through without hanging, looping or
/// reading its own output: symbolic links, pipes, unreadable folders.
@Suite struct DirectoryWalkTests {
    private func ids(_ plan: InputPlan) -> [String] {
        plan.entries.compactMap { entry in
            guard case .file(_, let id, _) = entry else { return nil }
            return id
        }
    }

    private func symlink(_ tree: TemporaryDirectory, _ name: String, to destination: String) throws {
        try FileManager.default.createSymbolicLink(atPath: tree.path(name), withDestinationPath: destination)
    }

    @Test func linksToFilesAreFollowedAndLinksToFoldersAreNotButReported() throws {
        let tree = try TemporaryDirectory()
        defer { tree.remove() }
        try tree.write("docs/a.txt", "a")
        try tree.write("other/b.txt", "b")
        try symlink(tree, "docs/linked.txt", to: "../other/b.txt")
        try symlink(tree, "docs/up", to: "..")
        try symlink(tree, "docs/other", to: tree.path("other"))
        let plan = try InputPlan(inputs: [tree.path("docs")])
        #expect(ids(plan) == ["a.txt", "linked.txt"])
        #expect(plan.warnings.count == 2)
        #expect(plan.warnings.allSatisfy { $0.contains("symbolic link to a folder, not followed") })
        #expect(plan.warnings.first?.hasPrefix("'other'") == true)
    }

    @Test func linkLoopsEndTheWalkAndLoopingFilesFailWhenRead() throws {
        let tree = try TemporaryDirectory()
        defer { tree.remove() }
        try tree.write("good.txt", "fine")
        try symlink(tree, "self.txt", to: "self.txt")
        try symlink(tree, "ping.txt", to: "pong.txt")
        try symlink(tree, "pong.txt", to: "ping.txt")
        try symlink(tree, "loop", to: "loop")
        try symlink(tree, "dangling", to: "nowhere")
        let plan = try InputPlan(inputs: [tree.path])
        #expect(ids(plan) == ["good.txt", "ping.txt", "pong.txt", "self.txt"])
        #expect(plan.warnings.map { $0.prefix(38) } == [
            "cannot follow the symbolic link 'dangl", "cannot follow the symbolic link 'loop'",
        ])
        let reader = DocumentReader(plan: plan, maxDocumentBytes: 1_000)
        _ = reader.next()
        let failure = try #require(reader.next())
        guard case .failure(let message) = failure.content else {
            Issue.record("a looping link was read")
            return
        }
        #expect(message.hasPrefix("cannot open: "))
        #expect(message.contains("symbolic links"))
    }

    @Test func namedPipeIsSkippedWithAWarningInsteadOfBlocking() throws {
        let tree = try TemporaryDirectory()
        defer { tree.remove() }
        try tree.write("a.txt", "a")
        #expect(mkfifo(tree.path("pipe.txt"), 0o600) == 0)
        let plan = try InputPlan(inputs: [tree.path])
        #expect(ids(plan) == ["a.txt"])
        #expect(plan.warnings == ["'pipe.txt' is not a regular file (a pipe, socket or device); skipped"])
    }

    @Test(.enabled(if: geteuid() != 0, "root lists folders whatever their permissions"))
    func unlistableFolderIsSkippedWithAWarning() throws {
        let tree = try TemporaryDirectory()
        defer { tree.remove() }
        try tree.write("a.txt", "a")
        try tree.write("locked/b.txt", "b")
        #expect(chmod(tree.path("locked"), 0) == 0)
        defer { chmod(tree.path("locked"), 0o700) }
        let plan = try InputPlan(inputs: [tree.path])
        #expect(ids(plan) == ["a.txt"])
        #expect(plan.warnings == ["cannot read folder 'locked': Permission denied; skipped"])
    }

    @Test func filesLeftOutAreNotTakenByAWalk() throws {
        let tree = try TemporaryDirectory()
        defer { tree.remove() }
        try tree.write("in/a.txt", "a")
        try tree.write("in/out/result.jsonl", "{\"text\": \"an old output\"}\n")
        try tree.write("in/out/errors.jsonl", "")
        try tree.write("in/out/kept.jsonl", "{\"text\": \"an input\"}\n")
        let plan = try InputPlan(
            inputs: [tree.path("in")],
            leavingOut: [tree.path("in/out/result.jsonl"), tree.path("in/./out/errors.jsonl"), tree.path("none.jsonl")])
        #expect(ids(plan) == ["a.txt", "out/kept.jsonl"])
        #expect(!plan.reads(file: tree.path("in/out/result.jsonl")))
    }

    @Test func readsRecognisesAFileByAnyPath() throws {
        let tree = try TemporaryDirectory()
        defer { tree.remove() }
        try tree.write("in/feed.jsonl", "{\"text\": \"x\"}\n")
        try FileManager.default.linkItem(atPath: tree.path("in/feed.jsonl"), toPath: tree.path("hard.jsonl"))
        let plan = try InputPlan(inputs: [tree.path("in")])
        #expect(plan.reads(file: tree.path("hard.jsonl")))
        #expect(plan.reads(file: tree.path("in/../in/feed.jsonl")))
        #expect(!plan.reads(file: tree.path("in/other.jsonl")))
    }
}
