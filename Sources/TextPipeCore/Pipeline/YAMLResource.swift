import Foundation
import Yams

/// Reads YAML files that stages take as options (taxonomies, gazetteers), so
/// stage modules need not depend on a YAML library themselves.
public enum YAMLResource {
    /// Decodes `type` from the YAML file at `path`. Errors name the file and,
    /// where the YAML parser tells it, the line and column.
    public static func decode<T: Decodable>(_ type: T.Type, fromFile path: String) throws -> T {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw StageError("cannot read '\(path)': \(error.localizedDescription)")
        }
        return try decode(type, from: text, name: path)
    }

    /// Decodes `type` from YAML text; `name` identifies the text in errors.
    public static func decode<T: Decodable>(_ type: T.Type, from text: String, name: String) throws -> T {
        do {
            return try YAMLDecoder().decode(type, from: text)
        } catch let error as YamlError {
            throw StageError("\(name): \(error)")
        } catch let error as DecodingError {
            throw StageError("\(name): \(DecodingErrorDescription.describe(error))")
        }
    }
}

/// Plain-words descriptions of `DecodingError`s.
public enum DecodingErrorDescription {
    /// What went wrong and where, as `key.path: message`.
    public static func describe(_ error: DecodingError) -> String {
        func located(_ codingPath: [any CodingKey], _ message: String) -> String {
            let path = codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
            return path.isEmpty ? message : "\(path): \(message)"
        }
        switch error {
        case .typeMismatch(let type, let context):
            return located(context.codingPath, "expected \(typeName(type))")
        case .valueNotFound(let type, let context):
            return located(context.codingPath, "missing \(typeName(type)) value")
        case .keyNotFound(let key, let context):
            return located(context.codingPath + [key], "missing key")
        case .dataCorrupted(let context):
            let underlying = context.underlyingError.map { " (\($0))" } ?? ""
            return located(context.codingPath, context.debugDescription + underlying)
        @unknown default:
            return "\(error)"
        }
    }

    /// The user-facing name of a Swift type: `integer`, `number`, `string`, ...
    public static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is Int.Type, is Int32.Type, is Int64.Type, is UInt.Type: "integer"
        case is Double.Type, is Float.Type: "number"
        case is Bool.Type: "boolean"
        case is String.Type: "string"
        default:
            String(describing: type).hasPrefix("Array") ? "list" : String(describing: type)
        }
    }
}
