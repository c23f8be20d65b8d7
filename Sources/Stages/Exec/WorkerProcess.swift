import Dispatch
import Foundation

/// One running worker: lines go to its stdin, lines come back from its stdout.
///
/// The pool lends a worker to one document at a time, so its state needs no
/// lock. Its streams are sockets (see ``ChildDescriptors``).
final class WorkerProcess: @unchecked Sendable {
    /// The worker's process id (also its process group).
    let pid: pid_t
    private var input: Int32
    private var output: Int32
    /// Bytes read from stdout after the last complete line.
    private var pending: [UInt8] = []
    private var chunk = [UInt8](repeating: 0, count: 1 << 16)

    init(pid: pid_t, input: Int32, output: Int32) {
        self.pid = pid
        self.input = input
        self.output = output
    }

    deinit { stop(graceNanoseconds: 0) }

    /// Sends `line` plus a newline, then reads one line back; both before
    /// `deadline` (a `DispatchTime` uptime in nanoseconds).
    func exchange(_ line: [UInt8], deadline: UInt64) throws(WorkerFailure) -> [UInt8] {
        try send(line + [0x0A], deadline: deadline)
        let answer = try receiveLine(deadline: deadline)
        // A worker that answered ahead of the question is out of step.
        guard pending.isEmpty else { throw .garbage("more than one line for one document") }
        return answer
    }

    private func send(_ bytes: [UInt8], deadline: UInt64) throws(WorkerFailure) {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes.withUnsafeBytes { buffer in
                ChildDescriptors.send(input, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if sent > 0 {
                offset += sent
            } else if sent < 0, errno == EAGAIN || errno == EWOULDBLOCK {
                try wait(for: input, events: Int16(POLLOUT), deadline: deadline)
            } else if sent < 0, errno == EINTR {
                continue
            } else {
                throw .closed
            }
        }
    }

    private func receiveLine(deadline: UInt64) throws(WorkerFailure) -> [UInt8] {
        var searched = 0
        while true {
            if let newline = pending[searched...].firstIndex(of: 0x0A) {
                let line = Array(pending[..<newline])
                pending.removeSubrange(...newline)
                return line
            }
            searched = pending.count
            try wait(for: output, events: Int16(POLLIN), deadline: deadline)
            let count = read(output, &chunk, chunk.count)
            if count > 0 {
                pending.append(contentsOf: chunk[0..<count])
            } else if count == 0 {
                throw .closed
            } else if errno != EINTR && errno != EAGAIN {
                throw .closed
            }
        }
    }

    /// Waits until `descriptor` is ready for `events` (or closed), or throws at the deadline.
    private func wait(for descriptor: Int32, events: Int16, deadline: UInt64) throws(WorkerFailure) {
        while true {
            let now = DispatchTime.now().uptimeNanoseconds
            guard now < deadline else { throw .timedOut }
            var entry = pollfd(fd: descriptor, events: events, revents: 0)
            let milliseconds = Int32(clamping: (deadline - now + 999_999) / 1_000_000)
            let ready = poll(&entry, 1, milliseconds)
            if ready > 0 { return }
            if ready < 0, errno != EINTR { throw .system("poll failed: \(String(cString: strerror(errno)))") }
        }
    }

    /// Closes the worker's stdin and stdout, gives it `graceNanoseconds` to
    /// exit (a worker ends at end of input), then kills its process group.
    /// Returns how it ended, e.g. `exited with status 1`. Idempotent.
    @discardableResult
    func stop(graceNanoseconds: UInt64) -> String {
        guard input >= 0 else { return "stopped" }
        close(input)
        close(output)
        input = -1
        output = -1
        let deadline = DispatchTime.now().uptimeNanoseconds + graceNanoseconds
        var status: Int32 = 0
        while true {
            let reaped = waitpid(pid, &status, WNOHANG)
            if reaped == pid { return Self.describe(status) }
            if reaped < 0 && errno != EINTR { return "ended" }
            if DispatchTime.now().uptimeNanoseconds >= deadline { break }
            usleep(2_000)
        }
        kill(-pid, SIGKILL)
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return "was killed"
    }

    /// Reads a `waitpid` status (the C macros are not available in Swift).
    private static func describe(_ status: Int32) -> String {
        let signal = status & 0x7F
        return signal == 0 ? "exited with status \((status >> 8) & 0xFF)" : "was killed by signal \(signal)"
    }
}
