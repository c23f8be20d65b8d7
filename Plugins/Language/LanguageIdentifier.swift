import TextPipeCore

/// Identifies a text's language: by script where a script belongs to one
/// language, and for Latin script by counting each language's function words.
struct LanguageIdentifier: Sendable {
    /// The Latin-script languages to consider, as bits over ``LanguageProfile/latinCodes``.
    let latin: UInt32
    /// The languages recognised by script that may be reported.
    let byScript: Set<String>
    /// Texts with fewer words than this are not identified.
    let minimumWords: Int

    /// The language of `bytes`.
    func identify(_ bytes: UnsafeBufferPointer<UInt8>) -> LanguageGuess {
        let scripts = ScriptCounts(bytes)
        guard let dominant = scripts.dominant else { return .undetermined }
        guard dominant.script == .latin else { return scriptLanguage(dominant.script, scripts, share: dominant.share) }
        var hits = [Int](repeating: 0, count: LanguageProfile.latinCodes.count)
        var words = 0
        Self.forEachWord(in: bytes) { word in
            words += 1
            guard var languages = LanguageProfile.functionWords[ByteHash.lowercased(bytes, word)].map({ $0 & latin })
            else { return }
            while languages != 0 {
                hits[languages.trailingZeroBitCount] += 1
                languages &= languages - 1
            }
        }
        guard words >= minimumWords, let best = hits.indices.max(by: { hits[$0] < hits[$1] }), hits[best] > 0 else {
            return .undetermined
        }
        let runnerUp = hits.indices.filter { $0 != best }.map { hits[$0] }.max() ?? 0
        // How far the winner leads, scaled by how much of the text is Latin at all.
        let margin = 1 - Double(runnerUp) / Double(hits[best])
        return LanguageGuess(code: LanguageProfile.latinCodes[best], confidence: Self.rounded(margin * dominant.share))
    }

    private func scriptLanguage(_ script: Script, _ scripts: ScriptCounts, share: Double) -> LanguageGuess {
        let code: String
        switch script {
        case .cyrillic:
            // A few per cent of Ukrainian letters is far above stray loanwords in Russian.
            code = Double(scripts.ukrainianLetters) >= 0.01 * Double(scripts.letters[.cyrillic] ?? 0) ? "uk" : "ru"
        case .han, .kana:
            code = scripts.kanaShareOfCJK >= 0.1 ? "ja" : "zh"
        default:
            guard let language = LanguageProfile.byScript.first(where: { $0.script == script }) else {
                return .undetermined
            }
            code = language.code
        }
        guard byScript.contains(code), scripts.total >= minimumWords else { return .undetermined }
        return LanguageGuess(code: code, confidence: Self.rounded(share))
    }

    /// Calls `body` with the range of each run of letters (ASCII or other alphabetic
    /// scalars); apostrophes split elisions such as `l'homme`.
    private static func forEachWord(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Void) {
        var start: Int?
        var index = 0
        while index <= bytes.count {
            var length = 1
            var isLetter = false
            if index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    isLetter = ASCII.isLetter(byte)
                } else {
                    let (scalar, scalarLength) = UTF8Decoding.scalar(in: bytes, at: index)
                    length = scalarLength
                    isLetter = scalar.properties.isAlphabetic
                }
            }
            if isLetter {
                if start == nil { start = index }
            } else if let wordStart = start {
                body(wordStart..<index)
                start = nil
            }
            index += length
        }
    }

    private static func rounded(_ value: Double) -> Double { (value * 100).rounded() / 100 }
}
