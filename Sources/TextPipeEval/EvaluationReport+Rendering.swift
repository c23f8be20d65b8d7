import Foundation
import TextPipeCore

extension EvaluationReport {
    /// The report for people: a header line, then aligned metric / value rows.
    public var table: String {
        var lines = [
            "eval \(kind.rawValue) · gold \(gold) · pipeline \(pipeline) · \(documents) documents · \(failures) failed"
        ]
        let labelWidth = max(24, groups.flatMap(\.rows).map { $0.label.count + 4 }.max() ?? 0)
        for group in groups {
            lines.append("")
            let indent = group.title == nil ? "" : "  "
            lines.append(group.title ?? "metric".padding(toLength: labelWidth, withPad: " ", startingAt: 0) + "   value")
            for row in group.rows {
                let label = (indent + row.label).padding(toLength: labelWidth, withPad: " ", startingAt: 0)
                let value = Self.text(row.value)
                lines.append(label + String(repeating: " ", count: max(1, 8 - value.count)) + value)
            }
        }
        if !failureMessages.isEmpty {
            lines.append("")
            lines.append("failures (first \(failureMessages.count)):")
            lines += failureMessages.map { "  " + $0 }
        }
        return lines.joined(separator: "\n")
    }

    /// The report as one JSON object: `kind`, `gold`, `pipeline`, `documents`,
    /// `failures`, `failure_messages` and `scores` (values on the table's scale).
    public var json: JSONValue {
        var scores = JSONObject()
        for group in groups {
            var object = JSONObject()
            for row in group.rows { object[row.key] = Self.json(row.value) }
            if let key = group.key {
                scores[key] = .object(object)
            } else {
                for (key, value) in object { scores[key] = value }
            }
        }
        return .object([
            "kind": .string(kind.rawValue), "gold": .string(gold), "pipeline": .string(pipeline),
            "documents": .integer(documents), "failures": .integer(failures),
            "failure_messages": .array(failureMessages.map(JSONValue.string)), "scores": .object(scores),
        ])
    }

    /// ``json`` as compact text.
    public var jsonText: String {
        var writer = JSONWriter()
        writer.value(json)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    private static func text(_ value: Value) -> String {
        switch value {
        case .fraction(let share): String(format: "%.3f", share)
        case .points(let points): String(format: "%.1f", points)
        case .count(let count): String(count)
        }
    }

    private static func json(_ value: Value) -> JSONValue {
        switch value {
        case .fraction(let share): .number(JSONNumberFormat.formatScore(share))
        case .points(let points): .number(JSONNumberFormat.format((points * 100).rounded() / 100))
        case .count(let count): .integer(count)
        }
    }
}
