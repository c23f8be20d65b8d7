import Foundation

/// Copies a worker's stderr to textpipe's own, line by line, each line
/// prefixed with the stage name, so worker logs land in the run's log.
enum StderrForwarder {
    /// Starts a thread that reads `descriptor` to its end, then closes it.
    /// A dedicated thread rather than a dispatch queue: the reads block, and
    /// the runner's workers share the dispatch pool.
    static func start(reading descriptor: Int32, prefix: String) {
        let thread = Thread {
            forward(descriptor, prefix: Array("[\(prefix)] ".utf8))
            close(descriptor)
        }
        thread.name = "textpipe exec stderr"
        thread.start()
    }

    private static func forward(_ descriptor: Int32, prefix: [UInt8]) {
        var pending: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(descriptor, &chunk, chunk.count)
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            pending.append(contentsOf: chunk[0..<count])
            guard let lastNewline = pending.lastIndex(of: 0x0A) else { continue }
            writeLines(pending[...lastNewline], prefix: prefix)
            pending.removeSubrange(...lastNewline)
        }
        if !pending.isEmpty { writeLines(pending + [0x0A], prefix: prefix) }
    }

    /// Writes whole lines with one `write` call, so lines of different workers do not interleave.
    private static func writeLines(_ lines: ArraySlice<UInt8>, prefix: [UInt8]) {
        var text: [UInt8] = []
        for line in lines.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast() {
            text += prefix
            text += line
            text.append(0x0A)
        }
        text.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = write(STDERR_FILENO, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0, errno == EINTR { continue }
                guard written > 0 else { return }
                offset += written
            }
        }
    }
}
