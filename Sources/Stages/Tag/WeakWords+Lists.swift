extension WeakWords {
    /// Titles written before names, as abbreviations and in full: a title
    /// says who someone is, never what a text is about.
    static let titleList = """
        mr mrs ms dr prof sr jr st rev gen col capt lt sgt gov sen rep hon
        president vice-president minister premier chancellor secretary governor senator congressman congresswoman
        chairman chairwoman spokesman spokeswoman spokesperson ambassador mayor king queen prince princess pope
        """.split(whereSeparator: \.isWhitespace).joined(separator: "\n")

    /// Words of reporting and of time and number that say nothing on their
    /// own. (Said, says, also, would, could and one are stopwords already.)
    static let fillerList = """
        told added adding according addressing addressed stated stating announced announcing noted noting
        stressed stressing emphasised emphasized emphasising emphasizing reported explained commented asked replied
        claimed insisted warned urged confirmed declared saying underlined highlighted
        day days week weeks month months year years time
        people new first last two three
        monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
        """.split(whereSeparator: \.isWhitespace).joined(separator: "\n")
}
