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
        guard let value = object[key]?.stringValue else { throw missing(key, "a string") }
        return value
    }

    func strings(_ key: String) throws(EvaluationError) -> [String] {
        guard let values = object[key]?.arrayValue else { throw missing(key, "a list of strings") }
        var strings: [String] = []
        for value in values {
            guard let string = value.stringValue else { throw missing(key, "a list of strings") }
            strings.append(string)
        }
        return strings
    }

    func objects(_ key: String) throws(EvaluationError) -> [GoldRecord] {
        guard let values = object[key]?.arrayValue else { throw missing(key, "a list of objects") }
        var records: [GoldRecord] = []
        for value in values {
            guard let object = value.objectValue else { throw missing(key, "a list of objects") }
            records.append(GoldRecord(object: object, location: location))
        }
        return records
    }

    func integer(_ key: String) throws(EvaluationError) -> Int {
        guard let value = object[key]?.intValue else { throw missing(key, "an integer") }
        return value
    }

    /// The record's `id`, or its location when it has none.
    var id: String { object["id"]?.stringValue ?? location }

    private func missing(_ key: String, _ type: String) -> EvaluationError {
        EvaluationError("\(location): '\(key)' must be \(type)")
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
