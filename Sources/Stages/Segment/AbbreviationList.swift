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
        /// Ends a sentence only when a common sentence opener follows (`etc.`, `Inc.`, `Jan.`).
        case general
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

    /// The built-in list.
    static let standard = AbbreviationList(extraGeneral: [])

    /// The built-in list plus `extraGeneral`, entries with the ``Role/general`` role.
    init(extraGeneral: [String]) {
        groups = Role.allCases.map { role in
            var entries = Self.words(role).flatMap { $0.split(separator: " ").map(String.init) }
            if role == .general { entries += extraGeneral }
            let isCapitalised = { (entry: String) in entry.first?.isUppercase ?? false }
            return Entries(
                role: role,
                anyCase: WordSet(entries.filter { !isCapitalised($0) }.map { $0.lowercased() }),
                capitalised: WordSet(entries.filter(isCapitalised).map { $0.lowercased() }))
        }
    }

    /// The role of the word in `bytes[range]` (without its dot), if it is a known abbreviation.
    func role(of bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Role? {
        let startsCapitalised = !range.isEmpty && ASCII.isUpper(bytes[range.lowerBound])
        for group in groups {
            if group.anyCase.contains(bytes, range, foldingCase: true)
                || (startsCapitalised && group.capitalised.contains(bytes, range, foldingCase: true))
            {
                return group.role
            }
        }
        return nil
    }

    private static func words(_ role: Role) -> [String] {
        switch role {
        case .leading: WordSet.entries(ofList: leadingWords)
        case .general: WordSet.entries(ofList: generalWords)
        case .numbered: WordSet.entries(ofList: numberedWords)
        }
    }
}
