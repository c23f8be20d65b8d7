import Foundation
import TextPipeCore

/// The `.tpmodel` file format, version 2, all numbers little-endian:
///
/// - `TPTM`, the format version (UInt16), hash bits (UInt8), label count (UInt8);
/// - each label: its UTF-8 length (UInt8) and bytes;
/// - training documents and feature rows (varints), the weight step and each class's bias (Float32);
/// - (version 2) the content words of a full article (varint, 0 for none) and,
///   when not 0, each class's bias for full articles (Float32);
/// - each row: the gap from the previous feature id and the document frequency (varints);
/// - the weights, by row then class, in weight steps (zigzag varints, mostly one or two bytes).
///
/// Version 1 files, without the article biases, still load.
extension TopicModel {
    private static let magic = Array("TPTM".utf8)
    private static let formatVersion: UInt16 = 2

    /// The model in the `.tpmodel` format.
    public func fileData() -> [UInt8] {
        var writer = BinaryWriter()
        writer.append(Self.magic)
        writer.appendUInt16(Self.formatVersion)
        writer.append([UInt8(hashBits), UInt8(labels.count)])
        for label in labels {
            let bytes = Array(label.utf8.prefix(255))
            writer.append([UInt8(bytes.count)])
            writer.append(bytes)
        }
        writer.appendVarint(UInt64(documentCount))
        writer.appendVarint(UInt64(featureIDs.count))
        writer.appendFloat(weightStep)
        for bias in biases { writer.appendFloat(bias) }
        writer.appendVarint(UInt64(articleWords))
        for bias in articleBiases { writer.appendFloat(bias) }
        var previous: UInt32 = 0
        for (id, frequency) in zip(featureIDs, documentFrequencies) {
            writer.appendVarint(UInt64(id - previous))
            writer.appendVarint(UInt64(frequency))
            previous = id
        }
        for weight in quantizedWeights { writer.appendSignedVarint(Int64(weight)) }
        return writer.bytes
    }

    /// Writes the model to `path`; throws ``StageError`` when it cannot.
    public func write(toFile path: String) throws {
        do {
            try Data(fileData()).write(to: URL(fileURLWithPath: path))
        } catch {
            throw StageError("cannot write the topic model '\(path)': \(error.localizedDescription)")
        }
    }

    /// Reads the model file at `path`; throws ``StageError`` naming it when it cannot.
    public init(contentsOfFile path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw StageError("cannot read the topic model '\(path)'")
        }
        try self.init(fileData: Array(data), name: path)
    }

    /// Reads a model from `.tpmodel` bytes; `name` identifies them in errors.
    public init(fileData: [UInt8], name: String) throws {
        var reader = BinaryReader(fileData)
        do {
            guard Array(try reader.read(count: 4)) == Self.magic else {
                throw StageError("\(name) is not a textpipe topic model")
            }
            let version = try reader.readUInt16()
            guard (1...Self.formatVersion).contains(version) else {
                throw StageError(
                    "\(name): topic model format \(version) is not supported (this textpipe reads 1 to \(Self.formatVersion))")
            }
            let hashBits = Int(try reader.readByte())
            let labelCount = Int(try reader.readByte())
            var labels: [String] = []
            for _ in 0..<labelCount {
                let length = Int(try reader.readByte())
                labels.append(String(decoding: try reader.read(count: length), as: UTF8.self))
            }
            let documentCount = Int(try reader.readVarint())
            let rows = try reader.readVarint()
            guard rows <= UInt64(fileData.count) else { throw BinaryReader.Truncated() }
            let weightStep = try reader.readFloat()
            let biases = try (0..<labelCount).map { _ throws(BinaryReader.Truncated) in try reader.readFloat() }
            let articleWords = version >= 2 ? Int(try reader.readVarint()) : 0
            let articleBiases = articleWords == 0
                ? [] : try (0..<labelCount).map { _ throws(BinaryReader.Truncated) in try reader.readFloat() }
            var featureIDs: [UInt32] = []
            var documentFrequencies: [UInt32] = []
            var id: UInt64 = 0
            for _ in 0..<rows {
                id += try reader.readVarint()
                guard id <= UInt64(UInt32.max) else { throw BinaryReader.Truncated() }
                featureIDs.append(UInt32(id))
                documentFrequencies.append(UInt32(truncatingIfNeeded: try reader.readVarint()))
            }
            var weights: [Int16] = []
            weights.reserveCapacity(Int(rows) * labelCount)
            for _ in 0..<Int(rows) * labelCount {
                weights.append(Int16(truncatingIfNeeded: try reader.readSignedVarint()))
            }
            guard reader.isAtEnd else { throw StageError("\(name): unexpected bytes after the topic model") }
            do {
                try self.init(
                    labels: labels, hashBits: hashBits, documentCount: documentCount, featureIDs: featureIDs,
                    documentFrequencies: documentFrequencies, quantizedWeights: weights, weightStep: weightStep,
                    biases: biases, articleWords: articleWords, articleBiases: articleBiases)
            } catch let error as StageError {
                throw StageError("\(name): \(error.message)")
            }
        } catch is BinaryReader.Truncated {
            throw StageError("\(name): the topic model file is truncated or damaged")
        }
    }
}
