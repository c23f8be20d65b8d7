extension WeakWords {
    /// Titles written before names, as abbreviations.
    static let titleList = """
        mr mrs ms dr prof sr jr st rev gen col capt lt sgt gov sen rep hon
        """.split(whereSeparator: \.isWhitespace).joined(separator: "\n")

    /// Words of reporting and of time and number that say nothing on their
    /// own. (Said, says, also, would, could and one are stopwords already.)
    static let fillerList = """
        told added according
        discuss discussed discusses discussing addressing stressed noted urged announced
        day days week weeks month months year years time
        people new first last two three
        """.split(whereSeparator: \.isWhitespace).joined(separator: "\n")
}
