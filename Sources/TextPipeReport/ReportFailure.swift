/// Why a report could not be made: a message naming the file (and line) at fault.
public struct ReportFailure: Error, CustomStringConvertible, Sendable {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}
