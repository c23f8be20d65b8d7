import TextPipeCore

/// How a word is usually written in running text, learnt from the training
/// documents: almost always in lower case ("great"), mostly lower, mostly
/// capitalised, or almost always capitalised ("France"). It tells a name from
/// a capitalised common word where the capital says nothing (a sentence
/// start, a title line) and a name written in lower case ("france") from a
/// common word.
struct CaseProfile: Sendable {
    /// What the profile says about one word.
    enum Habit: UInt8, CaseIterable {
        case unknown = 0, nearlyAlwaysLower, mostlyLower, mostlyCapitalized, nearlyAlwaysCapitalized

        /// Whether the word is written in lower case more often than not.
        var isUsuallyLower: Bool { self == .nearlyAlwaysLower || self == .mostlyLower }
        /// Whether the word is capitalised more often than not.
        var isUsuallyCapitalized: Bool { self == .mostlyCapitalized || self == .nearlyAlwaysCapitalized }
    }

    /// Words seen fewer times than this (where their case tells) are unknown.
    static let minimumCount = 3

    /// The habit of each profiled word, by folded hash.
    private let table: PackedTable
    /// The profiled words as (folded hash, habit), sorted by hash: what the model file stores.
    let entries: [(word: UInt64, habit: Habit)]

    /// A profile of the listed words.
    init(entries: [(word: UInt64, habit: Habit)]) {
        self.entries = entries.sorted { $0.word < $1.word }
        table = PackedTable(self.entries.map { ($0.word, UInt64($0.habit.rawValue)) }, valueBits: 8)
    }

    /// An empty profile: every word unknown.
    static let empty = CaseProfile(entries: [])

    /// The habit of the word with folded hash `word`.
    @inline(__always)
    func habit(of word: UInt64) -> Habit {
        Habit(rawValue: UInt8(truncatingIfNeeded: table.value(for: word) ?? 0)) ?? .unknown
    }

    /// The profile of the words of `documents` (tokens and sentences set):
    /// only words inside a sentence count, and only in sentences written in
    /// ordinary case (no headings, no shouting, no all-lower-case text).
    static func learned(from documents: [Document]) -> CaseProfile {
        var counts: [UInt64: (lower: Int32, capitalized: Int32)] = [:]
        for document in documents {
            let tokens = document.tokens ?? []
            document.withUTF8 { bytes in
                let text = TokenText(bytes: bytes, tokens: tokens)
                for sentence in TokenRanges.of(document.sentences ?? [], in: text)
                where SentenceCasing.of(sentence, in: text) == .normal {
                    for index in sentence.dropFirst() where text.kind(index) == .word {
                        let first = text.firstByte(index)
                        guard ASCII.isLetter(first) else { continue }
                        let word = FoldedHash.of(bytes, text.wordRange(index))
                        if ASCII.isUpper(first) { counts[word, default: (0, 0)].capitalized += 1 }
                        else { counts[word, default: (0, 0)].lower += 1 }
                    }
                }
            }
        }
        var entries: [(word: UInt64, habit: Habit)] = []
        for (word, count) in counts where count.lower + count.capitalized >= Int32(minimumCount) {
            let share = Double(count.capitalized) / Double(count.lower + count.capitalized)
            let habit: Habit =
                share < 0.05 ? .nearlyAlwaysLower : share < 0.5 ? .mostlyLower
                : share < 0.95 ? .mostlyCapitalized : .nearlyAlwaysCapitalized
            entries.append((word, habit))
        }
        return CaseProfile(entries: entries)
    }
}
