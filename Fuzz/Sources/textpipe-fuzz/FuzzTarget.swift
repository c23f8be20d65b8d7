/// Feeds one input to the code under test. Returns on every input the code
/// handles, errors included; a bug traps (a crash or a failed invariant).
typealias FuzzInputHandler = @Sendable (UnsafeRawBufferPointer) -> Void

/// One entry point the fuzzer can drive, chosen with `--target=NAME`.
struct FuzzTarget: Sendable {
    /// The name given to `--target=` and `scripts/fuzz`.
    let name: String
    /// What the target feeds the input bytes to.
    let summary: String
    /// Builds what the target needs (stages, models) once, before the first input.
    let prepare: @Sendable () throws -> FuzzInputHandler
}
