import Foundation

/// A set of words looked up straight from UTF-8 byte slices, without building
/// `String`s: the shape every word list (stopwords, abbreviations, gazetteers)
/// takes at run time.
///
/// Lookups can fold ASCII case; entries are stored as given (build the set
/// from lower-case words to use case-folded lookups).
public struct WordSet: Sendable {
    /// An occupied slot of the open-addressing table: where the word's bytes
    /// are in `storage`, and its hash for a quick mismatch test.
    private struct Slot {
        var hash: UInt32
        var offset: Int32
        var length: Int32
        static let empty = Slot(hash: 0, offset: 0, length: -1)
    }

    private var slots: [Slot]
    private var storage: [UInt8] = []
    /// One bit per class of the words by their first two bytes, last byte and
    /// length, case folded: most words of a text are in no class of a set,
    /// and this tells so before any hashing.
    private var classes = [UInt64](repeating: 0, count: WordSet.classWords)
    private static let classWords = 256
    private var mask: Int
    private var longest = 0
    /// The number of words.
    public private(set) var count = 0

    /// Creates a set from words.
    public init<Words: Sequence>(_ words: Words) where Words.Element == String {
        let unique = Set(words).sorted()
        var capacity = 16
        while capacity < unique.count * 2 { capacity <<= 1 }
        slots = Array(repeating: .empty, count: capacity)
        mask = capacity - 1
        for word in unique { insert(Array(word.utf8)) }
    }

    /// Creates a set from a word list: one entry per line, `#` starts a comment,
    /// blank lines are skipped, surrounding spaces trimmed.
    public init(list: String) {
        self.init(WordSet.entries(ofList: list))
    }

    /// The entries of a word list in the format of ``init(list:)``.
    public static func entries(ofList list: String) -> [String] {
        list.split(separator: "\n").compactMap { line in
            let content = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let trimmed = content.trimmingCharacters(in: .whitespaces)
            return trimmed.isEmpty ? nil : trimmed
        }
    }

    /// Whether `word` is in the set.
    public func contains(_ word: String) -> Bool {
        var word = word
        return word.withUTF8 { contains($0, foldingCase: false) }
    }

    /// Whether the bytes are a word of the set; with `foldingCase`, ASCII
    /// capitals are looked up as lower case.
    public func contains(_ bytes: UnsafeBufferPointer<UInt8>, foldingCase: Bool = false) -> Bool {
        index(of: bytes, foldingCase: foldingCase) != nil
    }

    /// Whether `bytes[range]` is a word of the set.
    @inline(__always)
    public func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, foldingCase: Bool = false) -> Bool {
        contains(UnsafeBufferPointer(rebasing: bytes[range]), foldingCase: foldingCase)
    }

    private func index(of bytes: UnsafeBufferPointer<UInt8>, foldingCase: Bool) -> Int? {
        guard bytes.count <= longest else { return nil }
        if !bytes.isEmpty {
            let wordClass = WordSet.wordClass(of: bytes)
            guard classes.withUnsafeBufferPointer({ $0[wordClass >> 6] & (1 << (wordClass & 63)) != 0 }) else {
                return nil
            }
        }
        let hash = WordSet.hash(bytes, foldingCase: foldingCase)
        let tag = UInt32(truncatingIfNeeded: hash >> 32)
        return slots.withUnsafeBufferPointer { slots in
            storage.withUnsafeBufferPointer { storage in
                var slot = hash & mask
                while true {
                    let entry = slots[slot]
                    if entry.length < 0 { return nil }
                    if entry.hash == tag, Int(entry.length) == bytes.count,
                        WordSet.equal(storage, Int(entry.offset), bytes, foldingCase: foldingCase)
                    {
                        return slot
                    }
                    slot = (slot + 1) & mask
                }
            }
        }
    }

    private mutating func insert(_ word: [UInt8]) {
        let found = word.withUnsafeBufferPointer { index(of: $0, foldingCase: false) }
        guard found == nil else { return }
        let hash = word.withUnsafeBufferPointer { WordSet.hash($0, foldingCase: false) }
        var slot = hash & mask
        while slots[slot].length >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Slot(hash: UInt32(truncatingIfNeeded: hash >> 32), offset: Int32(storage.count), length: Int32(word.count))
        storage += word
        if !word.isEmpty {
            let wordClass = word.withUnsafeBufferPointer { WordSet.wordClass(of: $0) }
            classes[wordClass >> 6] |= 1 << (wordClass & 63)
        }
        longest = max(longest, word.count)
        count += 1
    }

    /// The class of a non-empty word: its first two and last bytes, case folded, and its length.
    @inline(__always)
    private static func wordClass(of bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let first = UInt32(ASCII.lowercased(bytes[0]))
        let second = bytes.count > 1 ? UInt32(ASCII.lowercased(bytes[1])) : 0
        let last = UInt32(ASCII.lowercased(bytes[bytes.count - 1]))
        let mixed = (first | second << 8 | last << 16 | UInt32(truncatingIfNeeded: bytes.count) << 24) &* 0x9E37_79B1
        return Int(mixed >> 18) & (classWords * 64 - 1)
    }

    @inline(__always)
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>, foldingCase: Bool) -> Int {
        var hash = ByteHash()
        for byte in bytes { hash.combine(foldingCase ? ASCII.lowercased(byte) : byte) }
        return Int(truncatingIfNeeded: hash.value ^ (hash.value >> 29))
    }

    @inline(__always)
    private static func equal(
        _ storage: UnsafeBufferPointer<UInt8>, _ offset: Int, _ bytes: UnsafeBufferPointer<UInt8>, foldingCase: Bool
    ) -> Bool {
        for index in 0..<bytes.count {
            let byte = foldingCase ? ASCII.lowercased(bytes[index]) : bytes[index]
            if storage[offset + index] != byte { return false }
        }
        return true
    }
}
