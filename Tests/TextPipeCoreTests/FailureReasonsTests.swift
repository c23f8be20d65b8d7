import Testing
import TextPipeCore

@Suite struct FailureReasonsTests {
    @Test func messagesDifferingInNumbersOrQuotedNamesAreOneReason() {
        var reasons = FailureReasons()
        reasons.add(stage: "input", message: "file is 12.5 MB, over the 10 MB limit (max_document_size); skipped")
        reasons.add(stage: "input", message: "file is 31 MB, over the 10 MB limit (max_document_size); skipped")
        reasons.add(stage: "input", message: "cannot open 'a.txt': Permission denied")
        reasons.add(stage: "input", message: "cannot open 'b/c.txt': Permission denied")
        reasons.add(stage: "input", message: "cannot open 'd.txt': Permission denied")
        reasons.add(stage: "entities", message: "cannot open 'a.txt': Permission denied")
        let top = reasons.top(5)
        #expect(top.map(\.count) == [3, 2, 1])
        #expect(top[0].example == "cannot open 'a.txt': Permission denied")
        #expect(top[1].example.hasPrefix("file is 12.5 MB"))
        #expect(top[2].stage == "entities")
        #expect(reasons.failures(beyondTop: 1) == 3)
        #expect(reasons.failures(beyondTop: 5) == 0)
    }

    @Test func anApostropheIsNoQuote() {
        var reasons = FailureReasons()
        reasons.add(stage: "input", message: "can't open 'a.txt': the file's owner is 'root'")
        reasons.add(stage: "input", message: "can't open 'b.txt': the file's owner is 'admin'")
        reasons.add(stage: "input", message: "can't read 'don't.txt'")
        reasons.add(stage: "input", message: "can't read 'won't.txt'")
        #expect(reasons.top(5).map(\.count) == [2, 2])
    }

    @Test func tiesKeepTheOrderFirstSeen() {
        var reasons = FailureReasons()
        for message in ["b fails", "a fails", "c fails"] { reasons.add(stage: "tag", message: message) }
        #expect(reasons.top(2).map(\.example) == ["b fails", "a fails"])
    }

    @Test func reasonsPastTheLimitAreStillCounted() {
        var reasons = FailureReasons()
        for index in 0..<300 { reasons.add(stage: "stage-\(index)", message: "broken") }
        #expect(reasons.top(1000).count == 256)
        #expect(reasons.otherCount == 44)
        #expect(reasons.failures(beyondTop: 5) == 295)
    }
}

@Suite struct DuplicateIDsTests {
    @Test func countsEachRepeatAndKeepsTheFirstRepeatedID() {
        var ids = DuplicateIDs()
        for id in ["a", "b", "a", "c", "b", "a"] { ids.note(id) }
        #expect(ids.count == 3)
        #expect(ids.firstDuplicate == "a")
    }

    @Test func distinctIDsAreNoDuplicates() {
        var ids = DuplicateIDs()
        for index in 0..<10_000 { ids.note("doc-\(index)") }
        #expect(ids.count == 0)
        #expect(ids.firstDuplicate == nil)
    }
}
