import Foundation
import TextPipeCore

/// The model file: little-endian binary, versioned.
///
/// ```
/// "TPNER" 0x00, version UInt16
/// label count UInt8, then each label: length UInt8, UTF-8 bytes
/// feature count UInt32, weight step Float32
/// per label: confidence slope Float32, intercept Float32
/// transitions: (tags + 1) × tags Float32
/// feature keys ascending, each as the LEB128 varint of its difference to the previous key
/// weights: features × tags Int16, each times the weight step
/// case profile (version 3): word count UInt32, then per word its folded hash UInt64 and habit UInt8
/// word clusters (version 4): word count UInt32, then per word its folded hash UInt64, path bits UInt16
///   and path length UInt8
/// frequent words (version 5): word count UInt32, then per word its length UInt8 and UTF-8 bytes
/// ```
///
/// Files of versions 2 to 4, without the case profile, the clusters or the frequent words, still load.
extension EntityModel {
    /// The file format version this build reads and writes.
    static let formatVersion: UInt16 = 5
    private static let magic: [UInt8] = Array("TPNER".utf8) + [0]

    /// Reads a model file; throws ``StageError`` when it is missing or not a model.
    public init(contentsOfFile path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw StageError("cannot read the entity model '\(path)'")
        }
        do {
            try self.init(encoded: [UInt8](data))
        } catch let error as StageError {
            throw StageError("'\(path)' is not a usable entity model: \(error.message)")
        }
    }

    /// Writes the model to `path`.
    public func write(toFile path: String) throws {
        try Data(encoded()).write(to: URL(fileURLWithPath: path))
    }

    /// The model as the bytes of a model file.
    func encoded() -> [UInt8] {
        var writer = ByteWriter()
        writer.bytes += Self.magic
        writer.integer(Self.formatVersion)
        writer.integer(UInt8(labels.count))
        for label in labels {
            let utf8 = Array(label.rawValue.utf8)
            writer.integer(UInt8(utf8.count))
            writer.bytes += utf8
        }
        let order = keys.indices.sorted { keys[$0] < keys[$1] }
        writer.integer(UInt32(keys.count))
        writer.float(weightStep)
        for (slope, intercept) in zip(confidenceSlopes, confidenceIntercepts) {
            writer.float(slope)
            writer.float(intercept)
        }
        for weight in transitions { writer.float(weight) }
        var previous: UInt32 = 0
        for row in order {
            writer.varint(keys[row] - previous)
            previous = keys[row]
        }
        let tagCount = tags.count
        for row in order {
            for tag in 0..<tagCount {
                writer.integer(UInt16(bitPattern: quantizedWeights[row * tagCount + tag]))
            }
        }
        writer.integer(UInt32(caseProfile.entries.count))
        for entry in caseProfile.entries {
            writer.integer(entry.word)
            writer.integer(entry.habit.rawValue)
        }
        writer.integer(UInt32(clusters.entries.count))
        for entry in clusters.entries {
            writer.integer(entry.word)
            writer.integer(entry.path.bits)
            writer.integer(entry.path.length)
        }
        writer.integer(UInt32(frequentWords.count))
        for word in frequentWords {
            writer.integer(UInt8(word.count))
            writer.bytes += word
        }
        return writer.bytes
    }

    /// Decodes the bytes of a model file.
    init(encoded bytes: [UInt8]) throws {
        var reader = ByteReader(bytes: bytes)
        guard try reader.take(Self.magic.count) == Self.magic else { throw StageError("no model header") }
        let version: UInt16 = try reader.integer()
        guard (2...Self.formatVersion).contains(version) else {
            throw StageError("format version \(version), this textpipe reads versions 2 to \(Self.formatVersion)")
        }
        let labelCount: UInt8 = try reader.integer()
        var labels: [EntityLabel] = []
        for _ in 0..<labelCount {
            let length: UInt8 = try reader.integer()
            labels.append(EntityLabel(rawValue: String(decoding: try reader.take(Int(length)), as: UTF8.self)))
        }
        let tagCount = 1 + 4 * labels.count
        let featureCount = Int(try reader.integer() as UInt32)
        let step = try reader.float()
        var slopes: [Float] = []
        var intercepts: [Float] = []
        for _ in labels {
            slopes.append(try reader.float())
            intercepts.append(try reader.float())
        }
        var transitions: [Float] = []
        for _ in 0..<(tagCount + 1) * tagCount { transitions.append(try reader.float()) }
        var keys: [UInt32] = []
        keys.reserveCapacity(featureCount)
        var key: UInt32 = 0
        for _ in 0..<featureCount {
            key &+= try reader.varint()
            keys.append(key)
        }
        var weights = [Int16](repeating: 0, count: featureCount * tagCount)
        for index in weights.indices { weights[index] = Int16(bitPattern: try reader.integer() as UInt16) }
        var profile: [(word: UInt64, habit: CaseProfile.Habit)] = []
        if version >= 3 {
            let count = Int(try reader.integer() as UInt32)
            profile.reserveCapacity(count)
            for _ in 0..<count {
                let word: UInt64 = try reader.integer()
                guard let habit = CaseProfile.Habit(rawValue: try reader.integer()) else {
                    throw StageError("a malformed case profile")
                }
                profile.append((word, habit))
            }
        }
        var clusters: [(word: UInt64, path: WordClusters.Path)] = []
        if version >= 4 {
            let count = Int(try reader.integer() as UInt32)
            clusters.reserveCapacity(count)
            for _ in 0..<count {
                let word: UInt64 = try reader.integer()
                let path = WordClusters.Path(bits: try reader.integer(), length: try reader.integer())
                guard (1...WordClusters.maximumLength).contains(Int(path.length)) else {
                    throw StageError("a malformed word cluster")
                }
                clusters.append((word, path))
            }
        }
        var frequentWords: [[UInt8]] = []
        if version >= 5 {
            let count = Int(try reader.integer() as UInt32)
            for _ in 0..<count {
                let length: UInt8 = try reader.integer()
                frequentWords.append(try reader.take(Int(length)))
            }
        }
        guard reader.isAtEnd else { throw StageError("unexpected bytes after the weights") }
        self.init(
            labels: labels, keys: keys, quantizedWeights: weights, weightStep: step, transitions: transitions,
            confidenceSlopes: slopes, confidenceIntercepts: intercepts, caseProfile: CaseProfile(entries: profile),
            clusters: WordClusters(entries: clusters), frequentWords: frequentWords)
    }
}

/// Appends little-endian values to a byte array.
private struct ByteWriter {
    var bytes: [UInt8] = []

    mutating func integer<Value: FixedWidthInteger>(_ value: Value) {
        withUnsafeBytes(of: value.littleEndian) { bytes += $0 }
    }

    mutating func float(_ value: Float) { integer(value.bitPattern) }

    mutating func varint(_ value: UInt32) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }
}

/// Reads little-endian values from a byte array; throws at its end.
private struct ByteReader {
    let bytes: [UInt8]
    var offset = 0

    var isAtEnd: Bool { offset == bytes.count }

    mutating func take(_ count: Int) throws -> [UInt8] {
        guard offset + count <= bytes.count else { throw StageError("the file ends early") }
        defer { offset += count }
        return Array(bytes[offset..<offset + count])
    }

    mutating func integer<Value: FixedWidthInteger>() throws -> Value {
        let size = MemoryLayout<Value>.size
        guard offset + size <= bytes.count else { throw StageError("the file ends early") }
        var value: Value = 0
        for index in 0..<size { value |= Value(bytes[offset + index]) << (8 * index) }
        offset += size
        return value
    }

    mutating func float() throws -> Float { Float(bitPattern: try integer()) }

    mutating func varint() throws -> UInt32 {
        var value: UInt32 = 0
        var shift: UInt32 = 0
        while true {
            let byte: UInt8 = try integer()
            guard shift < 32 else { throw StageError("a malformed feature key") }
            value |= UInt32(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }
}
