import Foundation
import TextPipeCore

/// One JSON object of a gold file, with accessors that name the file and
/// line when a field is missing or of the wrong type.
struct GoldRecord {
    /// The object.
    var object: JSONObject
    /// Where it was read, as `file:line`.
    var location: String

    func string(_ key: String) throws(EvaluationError) -> String {
        let value = try field(key, "a string")
        guard let string = value.stringValue else { throw wrongType(key, "a string", value) }
        return string
    }

    func strings(_ key: String) throws(EvaluationError) -> [String] {
        let value = try field(key, "a list of strings")
        guard let values = value.arrayValue else { throw wrongType(key, "a list of strings", value) }
        var strings: [String] = []
        for (index, element) in values.enumerated() {
            guard let string = element.stringValue else {
                throw EvaluationError(
                    "\(location): '\(key)' must be a list of strings; item \(index + 1) is \(element.typeNameWithArticle)")
            }
            strings.append(string)
        }
        return strings
    }

    /// The objects of the list `key`, each located as `file:line: 'key' item N`.
    func objects(_ key: String) throws(EvaluationError) -> [GoldRecord] {
        let value = try field(key, "a list of objects")
        guard let values = value.arrayValue else { throw wrongType(key, "a list of objects", value) }
        var records: [GoldRecord] = []
        for (index, element) in values.enumerated() {
            guard let object = element.objectValue else {
                throw EvaluationError(
                    "\(location): '\(key)' must be a list of objects; item \(index + 1) is \(element.typeNameWithArticle)")
            }
            records.append(GoldRecord(object: object, location: "\(location): '\(key)' item \(index + 1)"))
        }
        return records
    }

    func integer(_ key: String) throws(EvaluationError) -> Int {
        let value = try field(key, "an integer")
        guard let integer = value.intValue else { throw wrongType(key, "an integer", value) }
        return integer
    }

    /// The string `key`, or nil when the record has no such key.
    func optionalString(_ key: String) throws(EvaluationError) -> String? {
        object[key] == nil ? nil : try string(key)
    }

    /// The record's `id`, or its location when it has none.
    var id: String { object["id"]?.stringValue ?? location }

    private func field(_ key: String, _ type: String) throws(EvaluationError) -> JSONValue {
        guard let value = object[key] else { throw EvaluationError("\(location): missing '\(key)' (\(type))") }
        return value
    }

    private func wrongType(_ key: String, _ type: String, _ value: JSONValue) -> EvaluationError {
        // A number is shown as written: "must be an integer, not 2.5" says
        // more than "not a number" would.
        var found = value.typeNameWithArticle
        if case .number(let text) = value { found = text }
        return EvaluationError("\(location): '\(key)' must be \(type), not \(found)")
    }
}

/// Reads gold files: JSON Lines, one object per line, blank lines skipped.
enum GoldReader {
    /// The records of the JSON Lines file at `path`, at most `limit` of them.
    static func records(path: String, limit: Int?) throws(EvaluationError) -> [GoldRecord] {
        let text = try contents(of: path)
        var records: [GoldRecord] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if let limit, records.count >= limit { break }
            guard line.contains(where: { !$0.isWhitespace }) else { continue }
            let location = "\(path):\(index + 1)"
            let value: JSONValue
            do {
                value = try JSONParser.parse(String(line))
            } catch {
                throw EvaluationError("\(location): \(error)")
            }
            guard let object = value.objectValue else { throw EvaluationError("\(location): expected a JSON object") }
            records.append(GoldRecord(object: object, location: location))
        }
        guard !records.isEmpty else { throw EvaluationError("gold file '\(path)' has no documents") }
        return records
    }

    /// The whole UTF-8 file at `path`.
    static func contents(of path: String) throws(EvaluationError) -> String {
        if isFolder(path) { throw EvaluationError("gold '\(path)' is a folder; this kind reads a JSON Lines file") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw EvaluationError("cannot read gold file '\(path)'" + (exists(path) ? "" : ": no such file"))
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Whether `path` is a folder.
    static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    private static func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }
}
