import Dispatch
import TextPipeCore

/// Starts workers for one exec stage and greets each with the handshake.
struct WorkerLauncher: Sendable {
    let command: ExecCommand
    /// `KEY=value` entries of the worker's environment.
    let environment: [String]
    /// The stage name: in the handshake and as the stderr prefix.
    let name: String
    /// The handshake line: `{"textpipe":1,"stage":NAME,"options":{...}}`.
    let handshake: [UInt8]
    let timeoutNanoseconds: UInt64

    init(command: ExecCommand, environment: [String], name: String, options: JSONObject, timeoutNanoseconds: UInt64) {
        self.command = command
        self.environment = environment
        self.name = name
        self.timeoutNanoseconds = timeoutNanoseconds
        var writer = JSONWriter()
        writer.value(.object(["textpipe": .integer(1), "stage": .string(name), "options": .object(options)]))
        handshake = writer.bytes
    }

    /// A started worker that has answered the handshake; throws ``StageError``
    /// describing why not (the worker is stopped then).
    func launch() throws(StageError) -> WorkerProcess {
        let worker: WorkerProcess
        do {
            worker = try WorkerProcess.spawn(command, environment: environment, stderrPrefix: name)
        } catch {
            throw StageError(error.message(ending: "", timeout: ""))
        }
        do throws(WorkerFailure) {
            let answer = try ExecAnswer.parse(
                worker.exchange(handshake, deadline: DispatchTime.now().uptimeNanoseconds + timeoutNanoseconds))
            guard answer["textpipe"]?.intValue == 1 else {
                throw .garbage("the handshake answer has no \"textpipe\": 1")
            }
            return worker
        } catch {
            let ending = worker.stop(graceNanoseconds: error.graceNanoseconds)
            let timeout = DurationText.description(timeoutNanoseconds)
            throw StageError("handshake failed: " + error.message(ending: ending, timeout: timeout))
        }
    }
}
