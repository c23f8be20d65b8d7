/// The Porter (1980) stemming algorithm, on lower-case ASCII letters.
///
/// Follows the original definition step by step, so stems match other
/// Porter implementations (`relational` → `relat`, `ponies` → `poni`),
/// which is what stem-based comparisons against reference data expect.
public enum PorterStemmer {
    /// Replaces `word` by its stem. Words that are not all lower-case ASCII
    /// letters, or shorter than three letters, are left as they are.
    public static func stem(_ word: inout [UInt8]) {
        guard word.count > 2, word.allSatisfy({ $0 &- 0x61 < 26 }) else { return }
        var stemmer = Stemmer(word)
        stemmer.run()
        word = Array(stemmer.bytes[..<stemmer.end])
    }
}

/// The working state of one stemming: the word, the end of the current
/// stem (`end`, exclusive) and the end of the part before a matched suffix
/// (`stemEnd`). Shortening only moves `end`; bytes past it are stale.
private struct Stemmer {
    var bytes: [UInt8]
    var end: Int
    var stemEnd = 0

    init(_ word: [UInt8]) {
        bytes = word
        end = word.count
    }

    mutating func run() {
        step1ab()
        guard end > 1 else { return }
        step1c()
        step2()
        step3()
        step4()
        step5()
    }

    // MARK: - Measures

    func isConsonant(_ index: Int) -> Bool {
        switch bytes[index] {
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"): false
        case UInt8(ascii: "y"): index == 0 || !isConsonant(index - 1)
        default: true
        }
    }

    /// The number of vowel-consonant sequences in `bytes[..<stemEnd]`: m in [C](VC)^m[V].
    func measure() -> Int {
        var count = 0
        var index = 0
        while index < stemEnd && isConsonant(index) { index += 1 }
        while index < stemEnd {
            while index < stemEnd && !isConsonant(index) { index += 1 }
            guard index < stemEnd else { break }
            count += 1
            while index < stemEnd && isConsonant(index) { index += 1 }
        }
        return count
    }

    func stemHasVowel() -> Bool { (0..<stemEnd).contains { !isConsonant($0) } }

    /// Whether the word up to `last` (inclusive) ends in a double consonant.
    func endsWithDoubleConsonant(_ last: Int) -> Bool {
        last >= 1 && bytes[last] == bytes[last - 1] && isConsonant(last)
    }

    /// Whether the word up to `last` ends consonant-vowel-consonant, the last not w, x or y
    /// (`hop`, not `snow`): such short stems get their `e` back (`hop(e)`).
    func endsWithShortSyllable(_ last: Int) -> Bool {
        guard last >= 2, isConsonant(last), !isConsonant(last - 1), isConsonant(last - 2) else { return false }
        let byte = bytes[last]
        return byte != UInt8(ascii: "w") && byte != UInt8(ascii: "x") && byte != UInt8(ascii: "y")
    }

    // MARK: - Suffixes

    /// Whether the current word ends with `suffix`; if so, marks where the suffix starts.
    mutating func ends(with suffix: StaticString) -> Bool {
        let length = suffix.utf8CodeUnitCount
        guard length <= end else { return false }
        let matches = suffix.withUTF8Buffer { suffixBytes in
            (0..<length).allSatisfy { bytes[end - length + $0] == suffixBytes[$0] }
        }
        if matches { stemEnd = end - length }
        return matches
    }

    /// Replaces what follows `stemEnd` by `replacement`.
    mutating func replaceSuffix(with replacement: StaticString) {
        bytes.removeSubrange(stemEnd...)
        replacement.withUTF8Buffer { bytes.append(contentsOf: $0) }
        end = bytes.count
    }

    /// Replaces the matched suffix when the stem before it has a measure above zero.
    mutating func replaceSuffixIfMeasured(with replacement: StaticString) {
        if measure() > 0 { replaceSuffix(with: replacement) }
    }

    // MARK: - Steps

    /// Plurals and -ed / -ing.
    mutating func step1ab() {
        if bytes[end - 1] == UInt8(ascii: "s") {
            if ends(with: "sses") {
                end -= 2
            } else if ends(with: "ies") {
                replaceSuffix(with: "i")
            } else if end >= 2 && bytes[end - 2] != UInt8(ascii: "s") {
                end -= 1
            }
        }
        if ends(with: "eed") {
            if measure() > 0 { end -= 1 }
        } else if (ends(with: "ed") || ends(with: "ing")) && stemHasVowel() {
            end = stemEnd
            if ends(with: "at") {
                replaceSuffix(with: "ate")
            } else if ends(with: "bl") {
                replaceSuffix(with: "ble")
            } else if ends(with: "iz") {
                replaceSuffix(with: "ize")
            } else if endsWithDoubleConsonant(end - 1) {
                let last = bytes[end - 1]
                if last != UInt8(ascii: "l") && last != UInt8(ascii: "s") && last != UInt8(ascii: "z") {
                    end -= 1
                }
            } else {
                stemEnd = end
                if measure() == 1 && endsWithShortSyllable(end - 1) { replaceSuffix(with: "e") }
            }
        }
    }

    /// Terminal y to i when the stem has a vowel.
    mutating func step1c() {
        if ends(with: "y") && stemHasVowel() { bytes[end - 1] = UInt8(ascii: "i") }
    }

    /// Double suffixes to single ones (-ization → -ize).
    mutating func step2() {
        let rules: [(StaticString, StaticString)]
        switch bytes[end - 2] {
        case UInt8(ascii: "a"): rules = [("ational", "ate"), ("tional", "tion")]
        case UInt8(ascii: "c"): rules = [("enci", "ence"), ("anci", "ance")]
        case UInt8(ascii: "e"): rules = [("izer", "ize")]
        case UInt8(ascii: "l"): rules = [("bli", "ble"), ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous")]
        case UInt8(ascii: "o"): rules = [("ization", "ize"), ("ation", "ate"), ("ator", "ate")]
        case UInt8(ascii: "s"): rules = [("alism", "al"), ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous")]
        case UInt8(ascii: "t"): rules = [("aliti", "al"), ("iviti", "ive"), ("biliti", "ble")]
        case UInt8(ascii: "g"): rules = [("logi", "log")]
        default: return
        }
        applyFirstMatch(of: rules)
    }

    /// -ic-, -full, -ness and the like.
    mutating func step3() {
        let rules: [(StaticString, StaticString)]
        switch bytes[end - 1] {
        case UInt8(ascii: "e"): rules = [("icate", "ic"), ("ative", ""), ("alize", "al")]
        case UInt8(ascii: "i"): rules = [("iciti", "ic")]
        case UInt8(ascii: "l"): rules = [("ical", "ic"), ("ful", "")]
        case UInt8(ascii: "s"): rules = [("ness", "")]
        default: return
        }
        applyFirstMatch(of: rules)
    }

    mutating func applyFirstMatch(of rules: [(StaticString, StaticString)]) {
        for (suffix, replacement) in rules where ends(with: suffix) {
            replaceSuffixIfMeasured(with: replacement)
            return
        }
    }

    /// Drops -ant, -ence and the like from long stems.
    mutating func step4() {
        if endsWithStep4Suffix() && measure() > 1 { end = stemEnd }
    }

    private mutating func endsWithStep4Suffix() -> Bool {
        let suffixes: [StaticString]
        switch bytes[end - 2] {
        case UInt8(ascii: "a"): suffixes = ["al"]
        case UInt8(ascii: "c"): suffixes = ["ance", "ence"]
        case UInt8(ascii: "e"): suffixes = ["er"]
        case UInt8(ascii: "i"): suffixes = ["ic"]
        case UInt8(ascii: "l"): suffixes = ["able", "ible"]
        case UInt8(ascii: "n"): suffixes = ["ant", "ement", "ment", "ent"]
        case UInt8(ascii: "o"):
            // -ion goes only after s or t (adoption, decision), not in onion or champion.
            if ends(with: "ion") && stemEnd > 0
                && (bytes[stemEnd - 1] == UInt8(ascii: "s") || bytes[stemEnd - 1] == UInt8(ascii: "t"))
            {
                return true
            }
            suffixes = ["ou"]
        case UInt8(ascii: "s"): suffixes = ["ism"]
        case UInt8(ascii: "t"): suffixes = ["ate", "iti"]
        case UInt8(ascii: "u"): suffixes = ["ous"]
        case UInt8(ascii: "v"): suffixes = ["ive"]
        case UInt8(ascii: "z"): suffixes = ["ize"]
        default: return false
        }
        for suffix in suffixes where ends(with: suffix) { return true }
        return false
    }

    /// A final -e, and -ll to -l, on long stems.
    mutating func step5() {
        stemEnd = end
        if bytes[end - 1] == UInt8(ascii: "e") {
            let measure = measure()
            if measure > 1 || (measure == 1 && !endsWithShortSyllable(end - 2)) { end -= 1 }
        }
        if bytes[end - 1] == UInt8(ascii: "l") && endsWithDoubleConsonant(end - 1) && measure() > 1 { end -= 1 }
    }
}
