import Foundation

extension WorkerProcess {
    /// Starts `command` with stdin and stdout connected to textpipe and stderr
    /// forwarded to textpipe's stderr under `stderrPrefix`.
    ///
    /// The worker gets its own process group, so a Ctrl-C in the terminal
    /// stops textpipe (which then closes the workers' input) rather than
    /// killing workers mid-document, and a kill reaches its children too.
    static func spawn(_ command: ExecCommand, environment: [String], stderrPrefix: String) throws(WorkerFailure)
        -> WorkerProcess
    {
        let input = try ChildDescriptors.socketPair()
        let output = try ChildDescriptors.socketPair()
        let errors = try ChildDescriptors.socketPair()
        let childEnds = [input.child, output.child, errors.child]
        defer { childEnds.forEach { close($0) } }

        #if os(Linux)
            ChildDescriptors.closeInheritedOnExec()
            var actions = posix_spawn_file_actions_t()
            var attributes = posix_spawnattr_t()
        #else
            var actions: posix_spawn_file_actions_t?
            var attributes: posix_spawnattr_t?
        #endif
        posix_spawn_file_actions_init(&actions)
        posix_spawnattr_init(&attributes)
        defer {
            posix_spawn_file_actions_destroy(&actions)
            posix_spawnattr_destroy(&attributes)
        }
        for (descriptor, target) in zip(childEnds, [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO]) {
            posix_spawn_file_actions_adddup2(&actions, descriptor, target)
        }
        var flags = Int32(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK)
        #if !os(Linux)
            flags |= Int32(POSIX_SPAWN_CLOEXEC_DEFAULT)
        #endif
        posix_spawnattr_setflags(&attributes, Int16(flags))
        posix_spawnattr_setpgroup(&attributes, 0)
        // textpipe ignores SIGINT/SIGTERM/SIGPIPE while running and its threads
        // block signals; the worker starts with the defaults instead.
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGTERM, SIGPIPE] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var mask = sigset_t()
        sigemptyset(&mask)
        posix_spawnattr_setsigmask(&attributes, &mask)

        let argv = ([command.executablePath] + command.arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup($0) } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, command.executablePath, &actions, &attributes, argv, envp)
        guard result == 0 else {
            [input.parent, output.parent, errors.parent].forEach { close($0) }
            throw .system("cannot start '\(command.executablePath)': \(String(cString: strerror(result)))")
        }
        ChildDescriptors.setNonBlocking(input.parent)
        StderrForwarder.start(reading: errors.parent, prefix: stderrPrefix)
        return WorkerProcess(pid: pid, input: input.parent, output: output.parent)
    }
}
