import TextPipeCore

/// The languages the language stage can tell apart, and how it recognises each.
enum LanguageProfile {
    /// A language recognised by the script it is written in.
    struct ScriptLanguage: Sendable {
        var code: String
        var script: Script
    }

    /// Latin-script languages with their function words, in list order.
    static let latin: [(code: String, words: WordSet)] = functionWordLists.map { list in
        (list.code, WordSet(list.words.split(whereSeparator: \.isWhitespace).map(String.init)))
    }

    /// Languages that are the usual one for their script. Cyrillic is Russian
    /// unless letters only Ukrainian uses appear (see ``ScriptCounts``), and
    /// Han characters are Japanese when kana are mixed in.
    static let byScript: [ScriptLanguage] = [
        ScriptLanguage(code: "ru", script: .cyrillic),
        ScriptLanguage(code: "uk", script: .cyrillic),
        ScriptLanguage(code: "el", script: .greek),
        ScriptLanguage(code: "ar", script: .arabic),
        ScriptLanguage(code: "he", script: .hebrew),
        ScriptLanguage(code: "hi", script: .devanagari),
        ScriptLanguage(code: "zh", script: .han),
        ScriptLanguage(code: "ja", script: .kana),
        ScriptLanguage(code: "ko", script: .hangul),
    ]

    /// Every code the stage knows, Latin-script languages first.
    static let allCodes: [String] = latin.map(\.code) + byScript.map(\.code)
}
