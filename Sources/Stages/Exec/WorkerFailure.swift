/// Why a worker gave no usable answer. After any of these the worker is
/// stopped and a fresh one takes its place for the next document.
enum WorkerFailure: Error {
    /// No (complete) answer before the deadline.
    case timedOut
    /// The worker closed its end: it exited or crashed.
    case closed
    /// The answer broke the protocol (not one JSON object, wrong document, extra lines).
    case garbage(String)
    /// The operating system refused (spawning, pipes).
    case system(String)
}

extension WorkerFailure {
    /// How long to let the worker exit by itself before killing it: a closed
    /// worker is usually exiting already, and waiting yields its exit status.
    var graceNanoseconds: UInt64 {
        if case .closed = self { return 1_000_000_000 }
        return 0
    }

    /// The failure in words; `ending` says how the stopped worker ended.
    func message(ending: String, timeout: String) -> String {
        switch self {
        case .timedOut: "no answer within \(timeout) (worker killed and restarted)"
        case .closed: "worker \(ending) before answering"
        case .garbage(let problem): "worker answered garbage: \(problem) (worker restarted)"
        case .system(let problem): problem
        }
    }
}
