import Foundation
import TextPipeCore

/// What the word lists say about a word or phrase: the gazetteer features of
/// the entity model. A word can be in several lists ("Jordan": given name, place).
struct WordClasses: OptionSet, Sendable {
    let rawValue: UInt16

    static let givenName = WordClasses(rawValue: 1 << 0)
    static let surname = WordClasses(rawValue: 1 << 1)
    static let title = WordClasses(rawValue: 1 << 2)
    /// Nationalities, religions, political groups.
    static let demonym = WordClasses(rawValue: 1 << 3)
    /// "Bank", "University", "Inc": words inside organisation names.
    static let organisationWord = WordClasses(rawValue: 1 << 4)
    /// "River", "Street", "Lake": words inside place names.
    static let placeWord = WordClasses(rawValue: 1 << 5)
    /// Function words, months, weekdays, interjections: capitalised, still not names.
    static let nonEntity = WordClasses(rawValue: 1 << 6)
    /// "van", "bin", "de": lower-case words inside names.
    static let particle = WordClasses(rawValue: 1 << 7)
    /// "CEO", "TV", "OK": capitals that are not organisations.
    static let commonAcronym = WordClasses(rawValue: 1 << 8)
    /// A whole listed place (of one or more words).
    static let place = WordClasses(rawValue: 1 << 9)
    /// A whole listed organisation.
    static let organisation = WordClasses(rawValue: 1 << 10)
    /// The first words of a longer listed phrase: the phrase matcher reads on.
    static let phrasePrefix = WordClasses(rawValue: 1 << 11)

    /// The classes that are phrase lists, matched over several tokens.
    static let phraseKinds: WordClasses = [.place, .organisation]
    /// The number of bits in use, for feature templates that enumerate them.
    static let bitCount = 12
}

/// The word lists, written from general knowledge, as one table from the
/// folded hash of a word or phrase (as tokens, single-spaced) to its classes.
/// Built once per process.
enum Gazetteer {
    static let table: HashedTable<WordClasses> = {
        var table = HashedTable<WordClasses>(capacity: 8192, empty: [])
        func addWords(_ list: String, _ classes: WordClasses) {
            for entry in words(list) { addEntry(entry, classes) }
        }
        func addEntry(_ entry: String, _ classes: WordClasses) {
            table.insert(FoldedHash.of(entry), classes) { $0.union($1) }
            // Every proper prefix of a phrase, token by token, so matching can extend.
            let tokens = WordTokenizer.tokens(in: entry)
            var utf8 = Array(entry.utf8)
            utf8.withUnsafeMutableBufferPointer { bytes in
                for token in tokens.dropLast() {
                    let prefix = FoldedHash.of(UnsafeBufferPointer(bytes), 0..<token.span.end)
                    table.insert(prefix, .phrasePrefix) { $0.union($1) }
                }
            }
        }
        addWords(givenNameList, .givenName)
        addWords(surnameList, .surname)
        addWords(titleList, .title)
        addWords(demonymList, .demonym)
        addWords(organisationWordList, .organisationWord)
        addWords(placeWordList, .placeWord)
        addWords(nonEntityList, .nonEntity)
        addWords("de da di du van von der den del della dos das al el bin ibn bint la le ter ten", .particle)
        addWords(nonEntityAcronymList, .commonAcronym)
        for entry in WordSet.entries(ofList: countryList) { addEntry(entry, .place) }
        for entry in WordSet.entries(ofList: placeList) { addEntry(entry, .place) }
        for entry in WordSet.entries(ofList: organisationList) { addEntry(entry, .organisation) }
        for entry in commaSeparated(moreCityList) { addEntry(entry, .place) }
        for entry in commaSeparated(moreOrganisationList) { addEntry(entry, .organisation) }
        return table
    }()

    /// The countries of ``countryList``, as phrases of single-spaced words.
    static let countries = WordSet(list: countryList)

    /// The classes of a word or phrase given by its folded hash.
    @inline(__always)
    static func classes(_ hash: UInt64) -> WordClasses {
        table.value(for: hash) ?? []
    }

    /// The entries of a list separated by commas (and line breaks).
    private static func commaSeparated(_ list: String) -> [String] {
        list.split(whereSeparator: { $0 == "," || $0 == "\n" }).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }

    /// The entries of a list separated by white space.
    private static func words(_ list: String) -> [String] {
        list.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
    }
}

extension TokenText {
    /// The word lists token `index` (without a possessive) is in.
    func wordClasses(_ index: Int) -> WordClasses {
        if let knownClasses { return knownClasses[index] }
        return Gazetteer.classes(FoldedHash.of(bytes, wordRange(index)))
    }

    /// Whether word token `index` is a listed given name.
    func isGivenName(_ index: Int) -> Bool {
        kind(index) == .word && wordClasses(index).contains(.givenName)
    }
}
