/// The names a new stage module gets from what the user typed (`word-count`
/// or `WordCount`): its module and type prefix, its pipeline name, and its
/// output key.
struct StageScaffoldName {
    /// The module, folder and type prefix, such as `WordCount`.
    var typeName: String
    /// The name in pipeline files, such as `word-count`.
    var stageName: String
    /// The output key of its annotation, such as `word_count`.
    var outputKey: String

    /// Reads `name`: letters and digits starting with a letter, in words
    /// joined by `-` or `_` or run together in CamelCase.
    init(_ name: String) throws(ScaffoldError) {
        guard let first = name.unicodeScalars.first, first.isASCIILetter,
            name.unicodeScalars.allSatisfy({ $0.isASCIILetter || $0.isASCIIDigit || $0 == "-" || $0 == "_" })
        else {
            throw ScaffoldError(
                "'\(name)' is not a stage name: use letters and digits starting with a letter, such as word-count or WordCount")
        }
        let separated = name.contains("-") || name.contains("_")
        let words = separated ? name.split(separator: /[-_]/, omittingEmptySubsequences: false).map(String.init) : Self.camelCaseWords(name)
        guard words.allSatisfy({ !$0.isEmpty }) else {
            throw ScaffoldError("'\(name)' has an empty word; join words with single dashes, such as word-count")
        }
        let lowercased = words.map { $0.lowercased() }
        typeName = separated || name == name.lowercased() ? lowercased.map(Self.capitalized).joined() : Self.capitalized(name)
        stageName = lowercased.joined(separator: "-")
        outputKey = lowercased.joined(separator: "_")
    }

    /// `IBANCheck` → `IBAN`, `Check`; `wordCount2` → `word`, `Count2`.
    private static func camelCaseWords(_ name: String) -> [String] {
        let characters = Array(name)
        var words: [String] = []
        var current = ""
        for (index, character) in characters.enumerated() {
            let startsWord =
                character.isUppercase && index > 0
                && (characters[index - 1].isLowercase || characters[index - 1].isNumber
                    || (index + 1 < characters.count && characters[index + 1].isLowercase))
            if startsWord && !current.isEmpty {
                words.append(current)
                current = ""
            }
            current.append(character)
        }
        return words + [current]
    }

    private static func capitalized(_ word: String) -> String { word.prefix(1).uppercased() + word.dropFirst() }
}

/// Why `new-stage` refuses: a bad name, a name in use, or a repository it cannot edit.
struct ScaffoldError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

extension Unicode.Scalar {
    fileprivate var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
    fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
