import TextPipeCore

/// The terms a topic model reads in a text, as hashed feature ids with counts.
///
/// Terms are the stems of the content words (see ``TokenTerms``: words of
/// two or more letters that are not stopwords, lower-cased, without a
/// possessive `'s`) and each pair of content words that follow one another
/// with nothing in between, so `interest rates` counts as `interest`, `rate`
/// and `interest rate` while `rates of interest` gives no pair. Each term's
/// 64-bit hash is folded to `hashBits` bits: distinct terms may share an id,
/// which costs little accuracy and keeps models small.
public struct TopicTerms: Sendable, Hashable {
    /// Bits of the ids.
    public let hashBits: Int
    /// Feature ids, each once, in the order the text first has them.
    public private(set) var ids: [UInt32] = []
    /// How often each id occurs, parallel to ``ids``.
    public private(set) var counts: [Int32] = []
    /// The number of content words: how long the text is, whatever its words.
    public private(set) var contentWordCount = 0
    /// How many of the content words start with a capital: names, mostly (see ``TopicEvidence``).
    public private(set) var capitalisedWordCount = 0

    /// The terms of a document whose tokens the tag stage has already read.
    init(terms: TokenTerms, hashBits: Int) {
        precondition((1...32).contains(hashBits), "hash bits must be 1 to 32")
        self.hashBits = hashBits
        let shift = UInt64(64 - hashBits)
        // Up to two ids per content word. The thread's counter is moved out of its box while in use:
        // a local value is not checked for overlapping access on every count.
        let box = PerThread<IDCounter>.box("textpipe.tag.id-counter", initial: IDCounter.init)
        var counter = IDCounter()
        swap(&counter, &box.value)
        defer { swap(&counter, &box.value) }
        counter.start(atMost: terms.stems.count * 2)
        var previous: UInt64?
        for (index, (role, stem)) in zip(terms.roles, terms.stems).enumerated() {
            guard role.countsForTopics else {
                previous = nil
                continue
            }
            contentWordCount += 1
            if terms.isCapitalised[index] { capitalisedWordCount += 1 }
            let word = Self.mixed(stem)
            counter.count(UInt32(truncatingIfNeeded: word >> shift))
            if let previous { counter.count(UInt32(truncatingIfNeeded: Self.mixed(previous &* 31 &+ word) >> shift)) }
            previous = word
        }
        ids = counter.ids
        counts = counter.counts
    }

    /// The terms of `text`, tokenized here as the segment stage does.
    public init(text: String, hashBits: Int) {
        var text = text
        self = text.withUTF8 { bytes in
            TopicTerms(terms: TokenTerms(tokens: WordTokenizer.tokens(in: bytes), bytes: bytes), hashBits: hashBits)
        }
    }

    /// Spreads FNV's weak high bits, which the fold keeps (a murmur finaliser).
    @inline(__always)
    private static func mixed(_ hash: UInt64) -> UInt64 {
        var value = hash
        value ^= value >> 33
        value &*= 0xff51_afd7_ed55_8ccd
        value ^= value >> 33
        value &*= 0xc4ce_b9fe_1a85_ec53
        value ^= value >> 33
        return value
    }
}
