import Foundation

/// A set of words looked up straight from UTF-8 byte slices, without building
/// `String`s: the shape every word list (stopwords, abbreviations, gazetteers)
/// takes at run time.
///
/// Lookups can fold ASCII case; entries are stored as given (build the set
/// from lower-case words to use case-folded lookups).
public struct WordSet: Sendable {
    private var slots: [Int32]
    private var words: [[UInt8]] = []
    private var mask: Int

    /// Creates a set from words.
    public init<Words: Sequence>(_ words: Words) where Words.Element == String {
        let unique = Array(Set(words))
        var capacity = 16
        while capacity < unique.count * 2 { capacity <<= 1 }
        slots = Array(repeating: -1, count: capacity)
        mask = capacity - 1
        for word in unique.sorted() { insert(Array(word.utf8)) }
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

    /// The number of words.
    public var count: Int { words.count }

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
        var slot = WordSet.hash(bytes, foldingCase: foldingCase) & mask
        while true {
            let entry = slots[slot]
            if entry < 0 { return nil }
            if WordSet.equal(words[Int(entry)], bytes, foldingCase: foldingCase) { return Int(entry) }
            slot = (slot + 1) & mask
        }
    }

    private mutating func insert(_ word: [UInt8]) {
        let found = word.withUnsafeBufferPointer { index(of: $0, foldingCase: false) }
        guard found == nil else { return }
        var slot = word.withUnsafeBufferPointer { WordSet.hash($0, foldingCase: false) } & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(words.count)
        words.append(word)
    }

    @inline(__always)
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>, foldingCase: Bool) -> Int {
        var hash = ByteHash()
        for byte in bytes { hash.combine(foldingCase ? ASCII.lowercased(byte) : byte) }
        return Int(truncatingIfNeeded: hash.value ^ (hash.value >> 29))
    }

    @inline(__always)
    private static func equal(_ word: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>, foldingCase: Bool) -> Bool {
        guard word.count == bytes.count else { return false }
        for index in 0..<word.count {
            let byte = foldingCase ? ASCII.lowercased(bytes[index]) : bytes[index]
            if word[index] != byte { return false }
        }
        return true
    }
}
