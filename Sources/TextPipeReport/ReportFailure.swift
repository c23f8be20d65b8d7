/// Why a report could not be made: a message naming the file (and line) at fault.
public struct ReportFailure: Error, CustomStringConvertible, Sendable {
    public var description: String

    /// A failure saying `description`.
    public init(_ description: String) {
        self.description = description
    }
}
