import Foundation

/// The manifest kept beside a run's output file (`OUTPUT.manifest`, JSON
/// Lines): what the run is, then one line per document written or failed, in
/// input order, added only once the record is in the file; a last line when
/// the run completed. It makes a run resumable after any stop, even `kill -9`
/// (the records it lists are whole; bytes after them are a torn tail), and
/// lets `textpipe merge` put shards back into input order.
///
/// ```
/// {"textpipe_manifest":1,"pipeline":"9f0c…","shard":"2/8"}
/// {"seq":0,"id":"a.txt","hash":"5e1d…","status":"written","start":0,"end":812}
/// {"seq":3,"id":"d.txt","hash":"0b77…","status":"failed","start":0,"end":96}
/// {"complete":true,"inputs":4,"written":1,"failed":1}
/// ```
///
/// `seq` counts the input documents of the run; a shard's manifest gives
/// instead each document's position among those of all shards (see
/// ``DocumentReader``), which `textpipe merge` sorts on and renumbers;
/// `start`/`end` are byte offsets into the output (written) or into the
/// errors file (failed); `hash` fingerprints the raw input, so a document
/// whose content changed is processed again.
public enum RunManifest {
    /// The manifest format version.
    public static let version = 1

    /// The manifest path of an output file.
    public static func path(forOutput output: String) -> String { output + ".manifest" }

    /// What the run is: a resumed or merged run must be the same run.
    public struct Header: Sendable, Equatable {
        /// A fingerprint of the pipeline and the settings that shape the output.
        public var pipeline: String
        /// The shard, when the run is one.
        public var shard: ShardSpec?

        public init(pipeline: String, shard: ShardSpec?) {
            self.pipeline = pipeline
            self.shard = shard
        }
    }

    /// Where one document ended up.
    public struct Entry: Sendable, Equatable {
        /// Written to the output, or recorded in the errors file.
        public enum Status: String, Sendable {
            case written, failed
        }

        /// The document's place among all input documents, from 0.
        public var sequence: Int
        public var id: String
        /// The fingerprint of its raw input (``InputFingerprint``).
        public var hash: UInt64
        public var status: Status
        /// Its record's bytes in the output (written) or errors file (failed).
        public var start: Int
        public var end: Int

        public init(sequence: Int, id: String, hash: UInt64, status: Status, start: Int, end: Int) {
            self.sequence = sequence
            self.id = id
            self.hash = hash
            self.status = status
            self.start = start
            self.end = end
        }
    }

    /// The counts of a completed run.
    public struct Footer: Sendable, Equatable {
        /// Input documents of the run (of a shard: its own).
        public var inputs: Int
        public var written: Int
        public var failed: Int

        public init(inputs: Int, written: Int, failed: Int) {
            self.inputs = inputs
            self.written = written
            self.failed = failed
        }
    }

    /// A manifest read back.
    public struct Contents: Sendable {
        public var header: Header
        public var entries: [Entry]
        /// Present when the run completed.
        public var footer: Footer?
    }

    /// A manifest that cannot be used.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public var description: String

        public init(description: String) { self.description = description }
    }

    // MARK: - Lines

    static func line(_ header: Header) -> [UInt8] {
        encoded([
            "textpipe_manifest": .integer(version), "pipeline": .string(header.pipeline),
            "shard": header.shard.map { .string($0.description) } ?? .null,
        ])
    }

    static func line(_ entry: Entry) -> [UInt8] {
        encoded([
            "seq": .integer(entry.sequence), "id": .string(entry.id), "hash": .string(hex(entry.hash)),
            "status": .string(entry.status.rawValue), "start": .integer(entry.start), "end": .integer(entry.end),
        ])
    }

    static func line(_ footer: Footer) -> [UInt8] {
        encoded([
            "complete": .bool(true), "inputs": .integer(footer.inputs), "written": .integer(footer.written),
            "failed": .integer(footer.failed),
        ])
    }

    private static func encoded(_ object: JSONObject) -> [UInt8] {
        var writer = JSONWriter()
        writer.value(.object(object))
        return writer.bytes
    }

    /// A hash as 16 hexadecimal digits.
    public static func hex(_ hash: UInt64) -> String {
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// The parts of one manifest line: a header, an entry, a footer, or nil
    /// for a line that is none of them (a torn last line).
    enum Line {
        case header(Header)
        case entry(Entry)
        case footer(Footer)
    }

    static func parse(_ bytes: ArraySlice<UInt8>) -> Line? {
        let value = Array(bytes).withUnsafeBufferPointer { try? JSONParser.parse($0) }
        guard let object = value?.objectValue else { return nil }
        if object["textpipe_manifest"]?.intValue == version, let pipeline = object["pipeline"]?.stringValue {
            let shard = object["shard"]?.stringValue.flatMap(ShardSpec.init)
            if object["shard"]?.stringValue != nil && shard == nil { return nil }
            return .header(Header(pipeline: pipeline, shard: shard))
        }
        if let sequence = object["seq"]?.intValue, let id = object["id"]?.stringValue,
            let hash = object["hash"]?.stringValue.flatMap({ UInt64($0, radix: 16) }),
            let status = object["status"]?.stringValue.flatMap(Entry.Status.init), let start = object["start"]?.intValue,
            let end = object["end"]?.intValue, sequence >= 0, 0 <= start, start <= end
        {
            return .entry(Entry(sequence: sequence, id: id, hash: hash, status: status, start: start, end: end))
        }
        if object["complete"] == .bool(true), let inputs = object["inputs"]?.intValue,
            let written = object["written"]?.intValue, let failed = object["failed"]?.intValue
        {
            return .footer(Footer(inputs: inputs, written: written, failed: failed))
        }
        return nil
    }
}
