import TextPipeCore

/// How often words are written in lower case away from the start of a
/// sentence, learned from the training text and kept with the model: a
/// capitalised word that is usually lower case ("Great Service") is weak
/// evidence of a name; one that is always capitalised ("Obama") is strong.
struct CasingLexicon: Sendable {
    /// How a word is usually written, as a feature value.
    enum Usage: UInt8 {
        /// Not seen often enough to say.
        case unknown = 0
        /// Lower case at least 90% of the time.
        case lowercase
        /// Mostly lower case.
        case mostlyLowercase
        /// Mostly capitalised.
        case mostlyCapitalised
        /// Capitalised at least 90% of the time.
        case capitalised
    }

    /// Words need this many occurrences (not sentence-initial) to be listed.
    static let minimumCount = 3

    /// Folded word hashes, truncated to 32 bits, and their usage.
    private let usages: HashedTable<UInt8>
    /// The entries, for writing the model file.
    let entries: [(key: UInt32, usage: UInt8)]

    /// A lexicon of `entries`.
    init(entries: [(key: UInt32, usage: UInt8)]) {
        self.entries = entries.sorted { $0.key < $1.key }
        var usages = HashedTable<UInt8>(capacity: entries.count, empty: 0)
        for entry in entries { usages.insert(UInt64(entry.key), entry.usage) { $1 } }
        self.usages = usages
    }

    /// The usage of the word with folded hash `word`.
    @inline(__always)
    func usage(of word: UInt64) -> UInt8 {
        usages.value(for: UInt64(Self.key(word))) ?? Usage.unknown.rawValue
    }

    @inline(__always)
    static func key(_ word: UInt64) -> UInt32 {
        UInt32(truncatingIfNeeded: word ^ (word >> 32))
    }

    /// The lexicon of `documents`' words, counting every word token that does
    /// not start its sentence.
    static func learn(from documents: [EntityTrainingDocument]) -> CasingLexicon {
        var counts: [UInt32: (lower: Int32, capital: Int32)] = [:]
        for training in documents {
            let tokens = training.document.tokens ?? []
            training.document.withUTF8 { bytes in
                let text = TokenText(bytes: bytes, tokens: tokens)
                for sentence in TokenRanges.of(training.document.sentences ?? [], in: text) where sentence.count > 1 {
                    for index in sentence.dropFirst() where text.kind(index) == .word {
                        let key = key(FoldedHash.of(bytes, text.wordRange(index)))
                        if text.isCapitalized(index) {
                            counts[key, default: (0, 0)].capital += 1
                        } else if ASCII.isLower(text.firstByte(index)) {
                            counts[key, default: (0, 0)].lower += 1
                        }
                    }
                }
            }
        }
        var entries: [(key: UInt32, usage: UInt8)] = []
        for (key, count) in counts where count.lower + count.capital >= Int32(minimumCount) {
            let share = Double(count.lower) / Double(count.lower + count.capital)
            let usage: Usage =
                share >= 0.9 ? .lowercase : share >= 0.5 ? .mostlyLowercase : share > 0.1 ? .mostlyCapitalised : .capitalised
            entries.append((key, usage.rawValue))
        }
        return CasingLexicon(entries: entries)
    }
}
