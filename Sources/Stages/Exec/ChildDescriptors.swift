import Foundation

/// Creates the descriptors that connect textpipe to a worker, portably.
///
/// Every descriptor is close-on-exec from birth, so one worker never inherits
/// another's stdin (which would keep that stdin open after textpipe closes it).
/// Stream sockets rather than pipes: Linux creates them close-on-exec
/// atomically (`pipe2` is not visible from Swift), and writing to one whose
/// reader died can be kept from raising SIGPIPE, which would end textpipe.
enum ChildDescriptors {
    /// A connected pair of stream sockets: one end for the child, one for textpipe.
    static func socketPair() throws(WorkerFailure) -> (child: Int32, parent: Int32) {
        var descriptors: [Int32] = [-1, -1]
        #if os(Linux)
            let type = Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
        #else
            let type = SOCK_STREAM
        #endif
        guard socketpair(AF_UNIX, type, 0, &descriptors) == 0 else { throw failure("socketpair") }
        #if !os(Linux)
            // Darwin has no MSG_NOSIGNAL; the socket option does the same.
            var on: Int32 = 1
            setsockopt(descriptors[1], SOL_SOCKET, SO_NOSIGPIPE, &on, socklen_t(MemoryLayout<Int32>.size))
            markCloseOnExec(descriptors)
        #endif
        return (descriptors[0], descriptors[1])
    }

    /// Makes writes to `descriptor` return EAGAIN instead of blocking, so a
    /// worker that stops reading cannot hold textpipe past the timeout.
    static func setNonBlocking(_ descriptor: Int32) {
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
    }

    /// `send` that reports a closed peer as EPIPE without raising SIGPIPE.
    static func send(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
        #if os(Linux)
            Foundation.send(descriptor, bytes, count, Int32(MSG_NOSIGNAL))
        #else
            Foundation.send(descriptor, bytes, count, 0)
        #endif
    }

    #if os(Linux)
        /// Marks every descriptor above stderr close-on-exec, including those
        /// textpipe inherited from whoever started it (Linux has no
        /// POSIX_SPAWN_CLOEXEC_DEFAULT): a worker holding one of them, such
        /// as the write end of the pipe a caller reads textpipe's output from,
        /// would keep that reader waiting after textpipe has exited.
        static func closeInheritedOnExec() {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd") else { return }
            for descriptor in names.compactMap({ Int32($0) }) where descriptor > STDERR_FILENO {
                _ = fcntl(descriptor, F_SETFD, fcntl(descriptor, F_GETFD) | FD_CLOEXEC)
            }
        }
    #else
        /// Darwin lacks the atomic flags; spawning uses POSIX_SPAWN_CLOEXEC_DEFAULT there as well.
        private static func markCloseOnExec(_ descriptors: [Int32]) {
            for descriptor in descriptors { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
        }
    #endif

    private static func failure(_ call: String) -> WorkerFailure {
        .system("\(call) failed: \(String(cString: strerror(errno)))")
    }
}
