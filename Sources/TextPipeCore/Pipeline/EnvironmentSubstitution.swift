/// Replaces `${VAR}` and `${VAR:-default}` in pipeline values from the environment.
public struct EnvironmentSubstitution: Sendable {
    /// The variables to substitute from.
    public var environment: [String: String]

    /// Creates a substitution over `environment`.
    public init(environment: [String: String]) {
        self.environment = environment
    }

    /// A reason a value could not be substituted.
    public struct Failure: Error {
        public var message: String
    }

    /// `text` with every reference replaced. `$$` stands for a literal `$`.
    /// Throws when a variable without a default is not set, or a reference is not closed.
    public func apply(to text: String) throws(Failure) -> String {
        guard text.contains("$") else { return text }
        var result = ""
        var rest = Substring(text)
        while let dollar = rest.firstIndex(of: "$") {
            result += rest[..<dollar]
            let afterDollar = rest.index(after: dollar)
            if afterDollar < rest.endIndex, rest[afterDollar] == "$" {
                result += "$"
                rest = rest[rest.index(after: afterDollar)...]
                continue
            }
            guard afterDollar < rest.endIndex, rest[afterDollar] == "{" else {
                result += "$"
                rest = rest[afterDollar...]
                continue
            }
            guard let close = rest[afterDollar...].firstIndex(of: "}") else {
                throw Failure(message: "unclosed '${' in '\(text)'")
            }
            let reference = rest[rest.index(after: afterDollar)..<close]
            result += try value(of: reference)
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    private func value(of reference: Substring) throws(Failure) -> String {
        let name: Substring
        let fallback: Substring?
        if let separator = reference.range(of: ":-") {
            name = reference[..<separator.lowerBound]
            fallback = reference[separator.upperBound...]
        } else {
            name = reference
            fallback = nil
        }
        guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else {
            throw Failure(message: "invalid variable name '\(name)' in '${\(reference)}'")
        }
        if let value = environment[String(name)], !(value.isEmpty && fallback != nil) {
            return value
        }
        if let fallback { return String(fallback) }
        throw Failure(message: "environment variable '\(name)' is not set (write ${\(name):-default} to give a default)")
    }
}
