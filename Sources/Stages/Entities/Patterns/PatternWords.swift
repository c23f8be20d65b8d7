import TextPipeCore

/// The word lists of the pattern scanners (dates, times, amounts), built once per process.
///
/// Entries are lower case and looked up folding ASCII case; the scanners check
/// capitalisation themselves where it matters ("May" the month, "may" the verb).
enum PatternWords {
    static let months = WordSet(list: monthList)
    static let monthAbbreviations = WordSet(list: monthAbbreviationList)
    static let weekdays = WordSet(list: weekdayList)
    /// Words before a bare year that make it a date: "in 2019", "since 1990".
    static let yearPrepositions = WordSet(list: yearPrepositionList)
    /// "last Tuesday", "next week".
    static let dateModifiers = WordSet(list: dateModifierList)
    static let dateModifierList = "last\nnext\nthis\nevery\nearly\nlate\nmid"
    static let periods = WordSet(list: "week\nweekend\nmonth\nyear\nquarter\nspring\nsummer\nautumn\nfall\nwinter")
    static let relativeDays = WordSet(list: relativeDayList)
    static let relativeDayList = "yesterday\ntoday\ntomorrow"
    static let ordinalSuffixes = WordSet(list: "st\nnd\nrd\nth")
    static let meridiems = WordSet(list: "am\npm\na.m.\np.m.\na.m\np.m")
    static let timeZones = WordSet(list: timeZoneList)
    static let currencySymbols = WordSet(list: currencySymbolList)
    /// Country prefixes written solid before `$`: "US$", "HK$".
    static let dollarPrefixes = WordSet(list: dollarPrefixList)
    static let dollarPrefixList = "us\na\nau\nc\nca\nhk\nnz\ns\nnt\nr"
    static let currencyCodes = WordSet(list: currencyCodeList)
    static let currencyNames = WordSet(list: currencyNameList)
    static let multipliers = WordSet(list: multiplierList)
    /// Multipliers written solid after a number: "1.5bn", "600m".
    static let solidMultipliers = WordSet(list: "k\nm\nmn\nbn\nb\ntn\nmillion\nbillion\ntrillion")
    static let numberWords = WordSet(list: numberWordList)
    static let units = WordSet(list: unitList)
    static let unitModifiers = WordSet(list: "square\nsq\ncubic\nsquare-foot")
    static let temperatureScales = WordSet(list: "c\nf\ncelsius\nfahrenheit\ncentigrade\nkelvin")

    /// Every word a date, time or amount can begin with but the prefixes of
    /// "$" ("US$", which begin one only glued to it): months, weekdays,
    /// "last", "today", number words, currency codes. A word outside it (and
    /// outside a hyphenated number word) starts no pattern, so the matcher
    /// skips it without trying each rule.
    static let patternStarts = WordSet(
        [
            monthList, monthAbbreviationList, weekdayList, dateModifierList, relativeDayList, currencyCodeList,
            numberWordList,
        ].flatMap(WordSet.entries(ofList:)))
}
