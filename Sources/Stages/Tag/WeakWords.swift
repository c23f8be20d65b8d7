import TextPipeCore

/// Words that are no stopwords but can never stand in a keyphrase: titles
/// before names (`Mr`, `Dr`), dotted abbreviations (`p.m.`, `e.g.`) and the
/// reporting and filler words of news (`told`, `year`). They end a
/// candidate run as stopwords do, so "Mr Tobias Wren" yields "Tobias Wren".
/// The lists are looked up through ``WordClasses``.
enum WeakWords {
    /// Whether the content word at `bytes[range]`, of class `wordClass`, is
    /// weak. A capitalised filler word followed by a capitalised word is part
    /// of a name ("New York", "First Minister") and is not.
    static func isWeak(
        _ wordClass: WordClasses.WordClass, _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
        beforeCapitalisedWord: Bool
    ) -> Bool {
        switch wordClass {
        case .title: true
        case .filler: !(ASCII.isUpper(bytes[range.lowerBound]) && beforeCapitalisedWord)
        case .none, .stopword: isLowerCaseAbbreviation(bytes, range)
        }
    }

    /// Whether the word has a dot and a lower-case letter: `a.m.`, `e.g.`.
    /// Initialisms in capitals (`U.S.`, `U.K.`) name countries and bodies and stay keywords.
    private static func isLowerCaseAbbreviation(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var hasDot = false
        var hasLowerCase = false
        for index in range {
            let byte = bytes[index]
            if byte == UInt8(ascii: ".") { hasDot = true } else if ASCII.isLower(byte) { hasLowerCase = true }
        }
        return hasDot && hasLowerCase
    }
}
