import TextPipeCore

/// What the tag stage knows about a word from its lists, found with one
/// lookup of the hash of its lower-cased bytes (``ByteHash``), which the
/// stage computes anyway: stopwords, titles and reporting or filler words
/// (see ``WeakWords``). One table instead of a lookup per list, since every
/// word of every document is looked up.
struct WordClasses: Sendable {
    /// A word's class.
    enum WordClass: UInt8 {
        case none, stopword, title, filler
    }

    /// The classes of the stopwords and the weak-word lists.
    static let standard = WordClasses(
        [(Stopwords.englishWords, .stopword), (WordSet.entries(ofList: WeakWords.titleList), .title),
         (WordSet.entries(ofList: WeakWords.fillerList), .filler)])

    private var hashes: [UInt64]
    private var classes: [WordClass]
    private let mask: Int

    /// A table of `lists`; a word on several lists keeps the first list's class.
    init(_ lists: [([String], WordClass)]) {
        let total = lists.reduce(0) { $0 + $1.0.count }
        var size = 64
        while size < total * 4 { size <<= 1 }
        hashes = [UInt64](repeating: 0, count: size)
        classes = [WordClass](repeating: .none, count: size)
        mask = size - 1
        for (words, wordClass) in lists {
            for word in words {
                let hash = ByteHash.of(Array(word.lowercased().utf8))
                var slot = Int(truncatingIfNeeded: hash) & mask
                while hashes[slot] != 0 && hashes[slot] != hash { slot = (slot + 1) & mask }
                if hashes[slot] == 0 {
                    hashes[slot] = hash
                    classes[slot] = wordClass
                }
            }
        }
    }

    /// The class of the word whose lower-cased bytes hash to `hash`.
    @inline(__always)
    func wordClass(ofHash hash: UInt64) -> WordClass {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let stored = hashes[slot]
            if stored == hash { return classes[slot] }
            if stored == 0 { return .none }
            slot = (slot + 1) & mask
        }
    }
}
