import TextPipeCore

/// Words that are no stopwords but can never stand in a keyphrase: titles
/// before names (`Mr`, `Dr`), dotted abbreviations (`p.m.`, `e.g.`) and the
/// reporting and filler words of news (`told`, `year`). They end a
/// candidate run as stopwords do, so "Mr Tobias Wren" yields "Tobias Wren".
/// The lists are looked up through ``WordClasses``.
enum WeakWords {
    /// Whether a content word of class `wordClass` is weak: a title, a
    /// lower-case abbreviation (`a.m.`, `e.g.`; initialisms in capitals such
    /// as `U.S.` name countries and bodies and stay keywords), or a filler
    /// word, unless it is capitalised before a capitalised word and so part
    /// of a name ("New York", "First Minister").
    static func isWeak(
        _ wordClass: WordClasses.WordClass, capitalised: Bool, beforeCapitalisedWord: Bool, isLowerCaseAbbreviation: Bool
    ) -> Bool {
        switch wordClass {
        case .title: true
        case .filler: !(capitalised && beforeCapitalisedWord)
        case .none, .stopword: isLowerCaseAbbreviation
        }
    }
}
