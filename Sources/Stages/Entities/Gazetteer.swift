import TextPipeCore

/// The word lists behind the name rules, written from general knowledge and
/// built once per process. Entries are lower case and looked up folding ASCII
/// case; multi-word entries use single spaces ("new york").
enum Gazetteer {
    /// Countries, states and provinces, major cities, regions, continents, seas and rivers.
    static let places = WordSet(list: placeList)
    /// Places that are also common words or given names, so are not places when written in lower case.
    static let lowercaseAmbiguousPlaces = words(lowercaseAmbiguousPlaceList)
    /// First words that make a capitalised sequence a place: "Lake …", "Mount …".
    static let placePrefixes = words("lake mount mt cape fort port isle san santa são sao los las el")
    /// Last words that make a capitalised sequence a place: "… River", "… Street".
    static let placeSuffixes = words(placeSuffixList)
    /// "North", "Southern": with a known place after them they stay a place.
    static let compassWords = words(
        "north south east west northern southern eastern western central northeast northwest southeast southwest upper lower greater")
    /// Well-known organisations by name.
    static let organisations = WordSet(list: organisationList)
    /// Words that make a capitalised sequence an organisation: "… Bank", "… Inc".
    static let organisationWords = words(organisationWordList)
    /// Organisation words that take "of" and stay one name: "University of …".
    static let organisationHeads = words(organisationHeadList)
    /// Heads that take "of" and stay one place: "Republic of …", "Gulf of …".
    static let placeHeads = words("republic kingdom gulf bay isle isles island islands strait straits sea lake cape city state states province county duchy sultanate emirate")
    /// Words before a name that say a person follows and are not part of the name.
    static let titles = words(titleList)
    /// Common given names; a capitalised sequence starting with one is a person.
    static let givenNames = words(givenNameList)
    /// Nationalities, religions and other group adjectives (MISC).
    static let demonyms = words(demonymList)
    /// Capitalised words that are not names (or part of one): function words,
    /// sentence adverbs, interjections, months and weekdays.
    static let nonEntities = words(nonEntityList)
    /// All-capital words that are not organisations: "OK", "TV", "CEO".
    static let nonEntityAcronyms = words(nonEntityAcronymList)
    /// Lower-case particles inside names: "Ludwig van Beethoven", "Osama bin Laden".
    static let particles = words("de da di du van von der den del della dos das al el bin ibn bint la le ter ten")
    /// Words before a name that point to a person: "Dear Anna", "Thanks Tom".
    static let greetings = words("dear hi hello hey thanks thank cheers congratulations congrats")
    /// Prepositions after which an unknown name is most likely a place.
    static let placeCues = words("in at near across throughout outside inside around via")

    /// A set from a list of words separated by white space.
    private static func words(_ list: String) -> WordSet {
        WordSet(list.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
    }
}
