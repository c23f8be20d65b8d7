import TextPipeCore

/// The languages the language stage can tell apart, and how it recognises each.
enum LanguageProfile {
    /// A language recognised by the script it is written in.
    struct ScriptLanguage: Sendable {
        var code: String
        var script: Script
    }

    /// The Latin-script languages, in list order: bit `i` of a word's mask
    /// in ``functionWords`` stands for `latinCodes[i]`.
    static let latinCodes: [String] = functionWordLists.map(\.code)

    /// For each function word (by its ``ByteHash``), the Latin-script
    /// languages it belongs to, so a word costs one hash and one lookup.
    static let functionWords: [UInt64: UInt32] = {
        var masks: [UInt64: UInt32] = [:]
        for (index, list) in functionWordLists.enumerated() {
            for word in list.words.split(whereSeparator: \.isWhitespace) {
                masks[ByteHash.of(word.utf8), default: 0] |= 1 << UInt32(index)
            }
        }
        return masks
    }()

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
    static let allCodes: [String] = latinCodes + byScript.map(\.code)
}
