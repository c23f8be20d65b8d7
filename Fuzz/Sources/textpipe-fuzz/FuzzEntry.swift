import Foundation

/// The handler of the target named by `--target=NAME` on the command line
/// (libFuzzer ignores flags that start with `--`), built on first use.
let selectedHandler: FuzzInputHandler = {
    let prefix = "--target="
    let name = CommandLine.arguments.last { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }
    guard let name, let target = FuzzTarget.all.first(where: { $0.name == name }) else {
        let problem = name.map { "unknown fuzz target '\($0)'" } ?? "name the fuzz target with --target=NAME"
        let list = FuzzTarget.all.map { "  \($0.name): \($0.summary)\n" }.joined()
        fail("\(problem); the targets are:\n\(list)")
    }
    do {
        return try target.prepare()
    } catch {
        fail("cannot prepare fuzz target '\(name)': \(error)\n")
    }
}()

private func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data(message.utf8))
    exit(2)
}

/// Called by libFuzzer once before the first input: selects and prepares the
/// target, so a bad name fails at once and model loading is not timed as an
/// input; with `--list-targets`, prints the target names and exits instead.
@_cdecl("LLVMFuzzerInitialize")
public func fuzzerInitialize(_ argc: UnsafeMutableRawPointer, _ argv: UnsafeMutableRawPointer) -> CInt {
    if CommandLine.arguments.contains("--list-targets") {
        print(FuzzTarget.all.map(\.name).joined(separator: "\n"))
        exit(0)
    }
    _ = selectedHandler
    return 0
}

/// Called by libFuzzer for every input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ data: UnsafeRawPointer?, _ size: Int) -> CInt {
    selectedHandler(UnsafeRawBufferPointer(start: data, count: size))
    return 0
}
