import Foundation
import TextPipeCore

/// Word classes learnt from a large corpus without labels: each word has a
/// path in a binary tree of clusters (words used alike share long prefixes).
/// Prefixes of the path are features of growing precision that carry what
/// the model learnt about seen words to unseen words of the same class:
/// "tajik" shares its cluster with "kazakh" though only one was in training.
struct WordClusters: Sendable {
    /// A word's place in the tree: the path's bits (the first step in the highest bit used) and its length.
    struct Path: Sendable, Hashable {
        var bits: UInt16
        var length: UInt8

        /// The first `count` steps of the path (the whole path when shorter).
        @inline(__always)
        func prefix(_ count: Int) -> UInt64 {
            let kept = min(count, Int(length))
            return UInt64(bits >> UInt16(Int(length) - kept)) | UInt64(kept) << 16
        }
    }

    /// The longest path stored.
    static let maximumLength = 16

    /// The path of each word, by folded hash: its bits, and its length above them.
    private let table: PackedTable
    /// The words as (folded hash, path), sorted by hash: what the model file stores.
    let entries: [(word: UInt64, path: Path)]

    /// Clusters of the listed words.
    init(entries: [(word: UInt64, path: Path)]) {
        self.entries = entries.sorted { $0.word < $1.word }
        table = PackedTable(
            self.entries.map { ($0.word, UInt64($0.path.bits) | UInt64($0.path.length) << 16) }, valueBits: 24)
    }

    /// No clusters: every word unknown.
    static let empty = WordClusters(entries: [])

    /// The path of the word with folded hash `word`, nil when the word is not clustered.
    @inline(__always)
    func path(of word: UInt64) -> Path? {
        guard let stored = table.value(for: word) else { return nil }
        return Path(bits: UInt16(truncatingIfNeeded: stored), length: UInt8(truncatingIfNeeded: stored >> 16))
    }

    /// A problem with a cluster file, with the line it is on.
    struct FileError: Error {
        var message: String
    }

    /// Reads a cluster file: one `word<TAB>bits` line per word, the bits a
    /// string of 1 to 16 `0`s and `1`s. Words are folded to lower case as
    /// the model looks them up.
    static func read(fromFile path: String) throws(FileError) -> WordClusters {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw FileError(message: "cannot read the cluster file '\(path)'")
        }
        var entries: [(word: UInt64, path: Path)] = []
        for (number, line) in String(decoding: data, as: UTF8.self).split(separator: "\n").enumerated() {
            let fields = line.split(separator: "\t")
            guard fields.count == 2, let path = Self.path(fields[1]) else {
                throw FileError(message: "\(path):\(number + 1): expected 'word<TAB>bits' with 1 to 16 bits")
            }
            entries.append((FoldedHash.of(String(fields[0])), path))
        }
        return WordClusters(entries: entries)
    }

    private static func path(_ text: Substring) -> Path? {
        guard (1...maximumLength).contains(text.utf8.count) else { return nil }
        var bits: UInt16 = 0
        for byte in text.utf8 {
            guard byte == UInt8(ascii: "0") || byte == UInt8(ascii: "1") else { return nil }
            bits = bits << 1 | UInt16(byte - UInt8(ascii: "0"))
        }
        return Path(bits: bits, length: UInt8(text.utf8.count))
    }
}
