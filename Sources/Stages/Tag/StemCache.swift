/// The stems already computed in one document, by the hash of the
/// lower-cased word: a text repeats its words, and stemming each time is the
/// costliest step of reading it. Open addressing over two flat arrays, sized
/// once for the document, so lookups allocate nothing.
struct StemCache {
    private var words: [UInt64]
    private var stems: [UInt64]
    private let mask: Int
    private var used = 0

    /// A cache for a document of about `words` words.
    init(words count: Int) {
        var size = 64
        // Fewer than half the tokens of a text are distinct content words.
        while size < count { size <<= 1 }
        words = [UInt64](repeating: 0, count: size)
        stems = [UInt64](repeating: 0, count: size)
        mask = size - 1
    }

    /// The stem hash of the word with hash `word`, computing it with `stem` the first time.
    mutating func stem(of word: UInt64, _ stem: () -> UInt64) -> UInt64 {
        // Zero marks an empty slot; a word hashing to it is simply not cached.
        guard word != 0 else { return stem() }
        var slot = Int(truncatingIfNeeded: word) & mask
        while words[slot] != 0 {
            if words[slot] == word { return stems[slot] }
            slot = (slot + 1) & mask
        }
        let value = stem()
        // Keep the table at most half full, so probes stay short.
        if used * 2 < words.count {
            words[slot] = word
            stems[slot] = value
            used += 1
        }
        return value
    }
}
