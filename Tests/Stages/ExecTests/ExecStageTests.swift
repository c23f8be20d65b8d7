import Foundation
import Testing
import TextPipeCore
@testable import TextPipeExec

/// The exec stage against a scripted Python worker (``ScriptedWorker``)
/// whose behaviour each document's text selects.
@Suite struct ExecStageTests {
    static let worker = ScriptedWorker.path

    static func stage(
        timeout: String = "5s", workers: Int? = nil, options: [String: HandshakeValue] = [:],
        environment: [String: String] = [:]
    ) throws -> ExecStage {
        var settings = ExecStage.Options()
        settings.command = ["python3", worker]
        settings.timeout = timeout
        settings.workers = workers
        settings.options = options
        settings.environment = environment
        return try ExecStage(options: settings)
    }

    /// Runs `text` through `stage`: the processed document, or the failure message.
    static func run(_ stage: ExecStage, _ text: String, id: String = "doc") -> Result<Document, StageError> {
        var document = Document(id: id, text: text)
        do {
            try stage.process(&document)
            return .success(document)
        } catch {
            return .failure(error as? StageError ?? StageError("\(error)"))
        }
    }

    static func custom(_ document: Document, _ key: String) -> JSONValue? {
        (document.annotations[named: key] as? ExecValue)?.json
    }

    @Test func workingWorkerAddsAndMapsFields() throws {
        let stage = try Self.stage(options: ["level": .integer(2), "mode": .string("fast")])
        let document = try Self.run(stage, "Zoë met Ada").get()
        #expect(Self.custom(document, "length") == .integer(11))
        #expect(Self.custom(document, "stage") == .string("scripted_worker"))
        #expect(Self.custom(document, "options") == .object(["level": .integer(2), "mode": .string("fast")]))
        #expect(document.meta["seen"] == .bool(true))
        #expect(document.tags == [Tag(name: "demo", score: 0.5)])
        // Code-point offsets from the worker become byte offsets ("ë" is two bytes).
        #expect(document.entities?.map { document.text(of: $0.span) } == ["Zoë", "Ada"])
        #expect(document.entities?.last?.span == Span(start: 9, end: 12))
        #expect(Self.custom(document, "id") == nil)
        // Keys of the worker's own become top-level output keys.
        let line = String(decoding: DocumentEncoder.encode(document), as: UTF8.self)
        #expect(line.contains(#","length":11,"#), "\(line)")
        #expect(line.contains(#""options":{"level":2,"mode":"fast"}"#), "\(line)")
    }

    @Test func echoedDocumentStaysUnchanged() throws {
        let stage = try Self.stage()
        var document = Document(id: "doc", text: "echo")
        document.entities = [Entity(span: Span(start: 0, end: 4), label: "X", confidence: 0.12345)]
        document.meta["kept"] = .string("yes")
        let before = DocumentEncoder.encode(document)
        try stage.process(&document)
        #expect(DocumentEncoder.encode(document) == before)
        #expect(document.entities?.first?.confidence == 0.12345)
    }

    @Test func crashingWorkerFailsOnlyItsDocumentAndIsReplaced() throws {
        let stage = try Self.stage()
        let first = try Self.run(stage, "one").get()
        let crash = Self.run(stage, "crash")
        #expect(throws: StageError.self) { try crash.get() }
        #expect(crash.failureMessage?.contains("worker exited with status 3 before answering") == true)
        let after = try Self.run(stage, "two").get()
        #expect(Self.custom(after, "pid") != Self.custom(first, "pid"))
    }

    @Test func hangingWorkerTimesOutAndIsReplaced() throws {
        let stage = try Self.stage(timeout: "500ms")
        let started = Date()
        let hang = Self.run(stage, "hang")
        #expect(hang.failureMessage?.contains("no answer within 500ms") == true)
        #expect(Date().timeIntervalSince(started) < 5)
        #expect(Self.custom(try Self.run(stage, "after").get(), "length") == .integer(5))
    }

    @Test(arguments: [
        ("garbage", "worker answered garbage: invalid JSON"),
        ("two lines", "more than one line"),
        ("wrong id", "an answer for another document (id doc-other)"),
    ])
    func garbageAnswerFailsTheDocumentAndRestarts(text: String, message: String) throws {
        let stage = try Self.stage()
        let before = try Self.run(stage, "before").get()
        let failure = Self.run(stage, text).failureMessage ?? ""
        #expect(failure.hasPrefix("scripted_worker: "))
        #expect(failure.contains(message), "\(failure)")
        let after = try Self.run(stage, "after").get()
        #expect(Self.custom(after, "pid") != Self.custom(before, "pid"))
    }

    @Test func errorAnswerFailsTheDocumentButKeepsTheWorker() throws {
        let stage = try Self.stage()
        let before = try Self.run(stage, "before").get()
        #expect(Self.run(stage, "fail").failureMessage == "scripted_worker: cannot handle this one")
        let after = try Self.run(stage, "after").get()
        #expect(Self.custom(after, "pid") == Self.custom(before, "pid"))
    }

    @Test func badHandshakeFailsEachDocument() throws {
        let stage = try Self.stage(environment: ["HANDSHAKE": "bad"])
        let failure = Self.run(stage, "text").failureMessage ?? ""
        #expect(failure.contains("handshake failed"), "\(failure)")
        #expect(failure.contains("\"textpipe\": 1"))
        for _ in 1..<WorkerPool.launchAttempts { _ = Self.run(stage, "text") }
        // A program that keeps failing its handshake is not started for every document.
        let started = Date()
        #expect(Self.run(stage, "text").failureMessage?.contains("not restarted after 3 failed starts") == true)
        #expect(Date().timeIntervalSince(started) < 0.05)
    }

    @Test func textIsReplacedOnlyBeforeSpansExist() throws {
        let stage = try Self.stage()
        #expect(try Self.run(stage, "upper").get().text == "UPPER")
        var segmented = Document(id: "doc", text: "upper")
        segmented.sentences = [Sentence(span: Span(start: 0, end: 5))]
        #expect(throws: StageError.self) { try stage.process(&segmented) }
        #expect(segmented.text == "upper")
    }

    @Test func workersAreCappedAndShared() throws {
        let stage = try Self.stage(workers: 2)
        let log = PidLog()
        DispatchQueue.concurrentPerform(iterations: 12) { index in
            log.append((try? Self.run(stage, "text \(index)").get()).flatMap { Self.custom($0, "pid") })
        }
        let pids = log.pids
        #expect(pids.count == 12 && pids.allSatisfy { $0 != nil })
        #expect(Set(pids.compactMap { $0 }).count <= 2)
    }

    @Test func optionsAreValidated() {
        var options = ExecStage.Options()
        #expect(throws: StageError.self) { try ExecStage(options: options) }
        options.command = ["no-such-program-for-textpipe"]
        #expect((try? ExecStage(options: options)) == nil)
        options.command = ["python3", "missing_script.py"]
        #expect((try? ExecStage(options: options)) == nil)
        options.command = ["python3", Self.worker]
        options.workers = 0
        #expect((try? ExecStage(options: options)) == nil)
        options.workers = nil
        options.timeout = "soon"
        #expect((try? ExecStage(options: options)) == nil)
        options.timeout = "2m"
        options.name = "custom"
        #expect((try? ExecStage(options: options))?.displayName == "custom")
    }

    @Test(arguments: [("500ms", 500_000_000), ("5s", 5_000_000_000), ("2m", 120_000_000_000), ("1.5", 1_500_000_000)])
    func timeoutsAreRead(text: String, nanoseconds: UInt64) throws {
        #expect(try DurationText.nanoseconds(text) == nanoseconds)
    }

    @Test func defaultNameIsTheScriptsOrProgramsBaseName() throws {
        #expect(try ExecCommand(["python3", "-u", Self.worker], searchPath: "/usr/bin:/bin").defaultName == "scripted_worker")
        #expect(try ExecCommand(["cat"], searchPath: "/usr/bin:/bin").defaultName == "cat")
    }
}

extension Result where Failure == StageError {
    var failureMessage: String? {
        if case .failure(let error) = self { return error.message }
        return nil
    }
}

/// The worker pids seen by concurrent documents.
private final class PidLog: @unchecked Sendable {
    private let lock = NSLock()
    private var seen: [JSONValue?] = []

    func append(_ pid: JSONValue?) { lock.withLock { seen.append(pid) } }
    var pids: [JSONValue?] { lock.withLock { seen } }
}
