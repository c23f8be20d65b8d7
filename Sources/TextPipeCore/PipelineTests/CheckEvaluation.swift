import Foundation

/// Whether an output field passes a check, and if not what it held instead.
enum CheckEvaluation {
    /// The most characters of an output value a failure shows.
    static let shownLength = 240

    /// Nil when `value` passes `check`; else what it held, in words.
    static func failure(of check: Check, on value: JSONValue?) -> String? {
        guard let value else { return "the output has no such field" }
        switch check.kind {
        case .count, .minCount:
            guard let elements = value.arrayValue else { return "expected a list, got \(shown(value))" }
            let wanted = check.value.intValue ?? 0
            let passes = check.kind == .count ? elements.count == wanted : elements.count >= wanted
            return passes ? nil : "\(elements.count) elements: \(shown(value))"
        case .includes, .excludes:
            guard let elements = value.arrayValue else { return "expected a list, got \(shown(value))" }
            let patterns = check.value.arrayValue ?? []
            let wrong = patterns.filter { pattern in
                elements.contains { matches(pattern, $0) } != (check.kind == .includes)
            }
            guard !wrong.isEmpty else { return nil }
            let verb = check.kind == .includes ? "missing" : "present"
            return "\(verb): \(wrong.map(\.compactText).joined(separator: ", ")); the list: \(shown(value))"
        case .first:
            guard let elements = value.arrayValue else { return "expected a list, got \(shown(value))" }
            guard let first = elements.first else { return "the list is empty" }
            return matches(check.value, first) ? nil : "first: \(shown(first))"
        case .equals:
            return matches(check.value, value) && matches(value, check.value) ? nil : shown(value)
        case .contains, .notContains:
            guard let text = value.stringValue else { return "expected a string, got \(shown(value))" }
            let found = text.contains(check.value.stringValue ?? "")
            return found == (check.kind == .contains) ? nil : shown(value)
        case .matches:
            guard let text = value.stringValue else { return "expected a string, got \(shown(value))" }
            let expression = try? NSRegularExpression(pattern: check.value.stringValue ?? "")
            let range = NSRange(text.startIndex..., in: text)
            return expression?.firstMatch(in: text, range: range) != nil ? nil : shown(value)
        case .min, .max:
            guard let number = value.doubleValue, let bound = check.value.doubleValue else {
                return "expected a number, got \(shown(value))"
            }
            return (check.kind == .min ? number >= bound : number <= bound) ? nil : shown(value)
        }
    }

    /// Whether `value` matches `pattern`: a map matches on the keys it gives
    /// (recursively), numbers by value, anything else when equal.
    static func matches(_ pattern: JSONValue, _ value: JSONValue) -> Bool {
        switch (pattern, value) {
        case (.object(let wanted), .object(let actual)):
            return wanted.allSatisfy { key, expected in actual[key].map { matches(expected, $0) } ?? false }
        case (.number, .number):
            return pattern.doubleValue == value.doubleValue
        case (.array(let wanted), .array(let actual)):
            return wanted.count == actual.count && zip(wanted, actual).allSatisfy { matches($0, $1) }
        default:
            return pattern == value
        }
    }

    /// `value` as compact JSON, cut short.
    static func shown(_ value: JSONValue) -> String {
        let text = value.compactText
        return text.count > shownLength ? String(text.prefix(shownLength)) + "…" : text
    }
}
