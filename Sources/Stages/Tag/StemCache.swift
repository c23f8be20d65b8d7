/// The stems already computed on one thread, by the hash of the lower-cased
/// word: texts repeat their words, and stemming is the costliest step of
/// reading a text. Each worker thread keeps its own cache across documents
/// (in its thread dictionary), so the stage itself stays immutable and no
/// lock is taken. Open addressing over two flat arrays of fixed size; when
/// half full the cache starts afresh, so memory stays at 2 MB a thread.
final class StemCache {
    private static let size = 1 << 17

    private var words = [UInt64](repeating: 0, count: StemCache.size)
    private var stems = [UInt64](repeating: 0, count: StemCache.size)
    private var used = 0

    /// The calling thread's cache, made on its first use.
    static var forCurrentThread: StemCache { PerThread.box("textpipe.tag.stem-cache", initial: StemCache.init).value }

    /// The stem hash of the word with hash `word`, computing it with `stem` the first time.
    func stem(of word: UInt64, _ stem: () -> UInt64) -> UInt64 {
        // Zero marks an empty slot; a word hashing to it is simply not cached.
        guard word != 0 else { return stem() }
        let mask = Self.size - 1
        var slot = Int(truncatingIfNeeded: word) & mask
        while words[slot] != 0 {
            if words[slot] == word { return stems[slot] }
            slot = (slot + 1) & mask
        }
        let value = stem()
        if used * 2 >= Self.size {
            for index in words.indices { words[index] = 0 }
            used = 0
            slot = Int(truncatingIfNeeded: word) & mask
        }
        words[slot] = word
        stems[slot] = value
        used += 1
        return value
    }
}
