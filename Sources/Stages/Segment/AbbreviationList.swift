import TextPipeCore

/// Known abbreviations, by how a following full stop behaves.
///
/// Entries are written without their final dot. An entry written with a
/// capital (`Mr`, `Mass`) only matches words that start with a capital, so
/// that ordinary words spelled the same (`mass`, `mar`) still end sentences;
/// an entry in lower case (`etc`, `vs`) matches in any case.
struct AbbreviationList: Sendable {
    /// How a full stop after an abbreviation is treated.
    enum Role: CaseIterable {
        /// Stands before what it belongs to (`Mr.`, `Dr.`, `vs.`, `e.g.`): never ends a sentence.
        case leading
        /// Ends a sentence only when a common sentence opener follows (`Inc.`, `Jan.`).
        case general
        /// Closes a list and often the sentence: ends one before any capital (`etc.`).
        case closing
        /// An abbreviation only before a number (`No. 5`, `pp. 10`); otherwise an ordinary word.
        case numbered
    }

    private struct Entries: Sendable {
        let role: Role
        /// Lower-case entries, matched in any case.
        let anyCase: WordSet
        /// Capitalised entries (stored lower case), matched only after a capital.
        let capitalised: WordSet
    }

    private let groups: [Entries]
    /// Every entry, so that most words, which are none, cost one or two lookups.
    private let all: Entries

    /// The built-in list.
    static let standard = AbbreviationList(extraGeneral: [])

    /// The built-in list plus `extraGeneral`, entries with the ``Role/general`` role.
    init(extraGeneral: [String]) {
        let lists = Role.allCases.map { role in
            WordSet.words(inSpacedList: Self.list(role)) + (role == .general ? extraGeneral : [])
        }
        groups = zip(Role.allCases, lists).map { Self.entries($0, $1) }
        all = Self.entries(.general, lists.flatMap { $0 })
    }

    private static func entries(_ role: Role, _ words: [String]) -> Entries {
        let isCapitalised = { (entry: String) in entry.first?.isUppercase ?? false }
        return Entries(
            role: role,
            anyCase: WordSet(words.filter { !isCapitalised($0) }.map { $0.lowercased() }),
            capitalised: WordSet(words.filter(isCapitalised).map { $0.lowercased() }))
    }

    /// The role of the word in `bytes[range]` (without its dot), if it is a known abbreviation.
    func role(of bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Role? {
        let startsCapitalised = !range.isEmpty && ASCII.isUpper(bytes[range.lowerBound])
        guard Self.matches(all, bytes, range, startsCapitalised) else { return nil }
        return groups.first { Self.matches($0, bytes, range, startsCapitalised) }?.role
    }

    private static func matches(_ entries: Entries, _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
        _ startsCapitalised: Bool) -> Bool
    {
        entries.anyCase.contains(bytes, range, foldingCase: true)
            || (startsCapitalised && entries.capitalised.contains(bytes, range, foldingCase: true))
    }

    private static func list(_ role: Role) -> String {
        switch role {
        case .leading: leadingWords
        case .general: generalWords
        case .closing: closingWords
        case .numbered: numberedWords
        }
    }
}
