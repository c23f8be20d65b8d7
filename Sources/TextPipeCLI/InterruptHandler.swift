import Dispatch
import Foundation
import TextPipe

/// Turns the first Ctrl-C (SIGINT) or SIGTERM into a graceful stop: the
/// documents in flight are finished and written, output is flushed, and the
/// summary says how far the run got. A second signal exits at once.
final class InterruptHandler: @unchecked Sendable {
    private var sources: [DispatchSourceSignal] = []
    private let lock = NSLock()
    private var interrupted = false

    /// Whether a signal arrived.
    var wasInterrupted: Bool { lock.withLock { interrupted } }

    /// Starts watching for signals, stopping `runner` on the first.
    init(stopping runner: Runner) {
        for signalNumber in [SIGINT, SIGTERM] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler { [self] in
                let first = lock.withLock {
                    defer { interrupted = true }
                    return !interrupted
                }
                guard first else { Foundation.exit(128 + signalNumber) }
                Console.error("\ntextpipe: stopping after the documents in flight (signal again to quit at once)")
                runner.requestStop()
            }
            source.resume()
            sources.append(source)
        }
    }

    /// Stops watching and restores the default signal behaviour.
    func cancel() {
        for source in sources { source.cancel() }
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
    }
}
