import Dispatch
import Foundation
import TextPipeCore

/// Runs an external program as a stage, speaking JSON Lines over stdin/stdout
/// (docs/exec-protocol.md).
///
/// Each worker process is long-lived: it gets a handshake, then one document
/// line at a time and answers each with one line of fields to add or replace.
/// A worker that crashes, hangs past the timeout or answers garbage fails only
/// the document it held, and is replaced for the next one.
public struct ExecStage: Stage {
    public static let name = "exec"
    public static let summary = "Runs an external program as a stage over JSON Lines on stdin/stdout."
    public static let provides: [Annotation] = []

    /// The stage name in messages: the `name` option or the program's name.
    let displayName: String
    private let timeout: String
    private let timeoutNanoseconds: UInt64
    private let pool: WorkerPool

    /// Resolves the command (a missing program is an error here, so
    /// `validate` reports it) and reads the options; starts no process yet.
    public init(options: Options) throws {
        let environment = ProcessInfo.processInfo.environment.merging(options.environment) { $1 }
        let command = try ExecCommand(options.command, searchPath: environment["PATH"] ?? "/usr/bin:/bin")
        do {
            timeoutNanoseconds = try DurationText.nanoseconds(options.timeout)
        } catch {
            throw StageError("timeout \(error.message)")
        }
        timeout = DurationText.description(timeoutNanoseconds)
        if let workers = options.workers, workers < 1 { throw StageError("workers must be at least 1") }
        displayName = options.name ?? command.defaultName
        let launcher = WorkerLauncher(
            command: command, environment: environment.map { "\($0.key)=\($0.value)" }, name: displayName,
            options: JSONObject(options.options.sorted { $0.key < $1.key }.map { ($0.key, $0.value.json) }),
            timeoutNanoseconds: timeoutNanoseconds)
        pool = WorkerPool(launcher: launcher, limit: options.workers)
    }

    /// Sends the document to an idle worker and applies its answer. Throws
    /// ``StageError`` for this document when the worker fails or says so.
    public func process(_ document: inout Document) throws {
        let line = DocumentEncoder.encode(document)
        let worker: WorkerProcess
        do {
            worker = try pool.checkOut()
        } catch {
            throw StageError("\(displayName): \(error.message)")
        }
        let answer: JSONObject
        do throws(WorkerFailure) {
            let deadline = DispatchTime.now().uptimeNanoseconds + timeoutNanoseconds
            answer = try ExecAnswer.parse(worker.exchange(line, deadline: deadline))
            if let id = answer["id"], id != .string(document.id) {
                throw .garbage("an answer for another document (id \(id.stringValue ?? id.typeName))")
            }
            pool.checkIn(worker)
        } catch {
            let ending = pool.discard(worker, after: error)
            throw StageError("\(displayName): \(error.message(ending: ending, timeout: timeout))")
        }
        do {
            try ExecAnswer(fields: answer).apply(to: &document, sent: line)
        } catch {
            throw StageError("\(displayName): \(error.message)")
        }
    }
}
