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
        // The stemmer works in the word's own buffer: no copy per word.
        var stemmer = Stemmer([])
        swap(&stemmer.bytes, &word)
        stemmer.end = stemmer.bytes.count
        stemmer.run()
        swap(&stemmer.bytes, &word)
        word.removeLast(word.count - stemmer.end)
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
        // Compared from the last byte, where nearly every mismatch shows: this runs for every suffix of every word.
        let suffixBytes = suffix.utf8Start
        var offset = length - 1
        while offset >= 0 {
            guard bytes[end - length + offset] == suffixBytes[offset] else { return false }
            offset -= 1
        }
        stemEnd = end - length
        return true
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

    /// Rules grouped by one letter of the word (the steps look at one letter
    /// near its end): only that letter's group is tried. Made once.
    private struct RulesByLetter<Rule: Sendable>: Sendable {
        private let groups: [[Rule]]

        init(_ groups: [Unicode.Scalar: [Rule]]) {
            var table = [[Rule]](repeating: [], count: 128)
            for (letter, rules) in groups { table[Int(letter.value)] = rules }
            self.groups = table
        }

        /// The rules of the letter `byte` (none for other bytes).
        subscript(_ byte: UInt8) -> [Rule] { byte < 128 ? groups[Int(byte)] : [] }
    }

    /// Step 2's suffixes and replacements, by the word's last letter but one.
    private static let step2Rules = RulesByLetter<(StaticString, StaticString)>([
        "a": [("ational", "ate"), ("tional", "tion")],
        "c": [("enci", "ence"), ("anci", "ance")],
        "e": [("izer", "ize")],
        "l": [("bli", "ble"), ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous")],
        "o": [("ization", "ize"), ("ation", "ate"), ("ator", "ate")],
        "s": [("alism", "al"), ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous")],
        "t": [("aliti", "al"), ("iviti", "ive"), ("biliti", "ble")],
        "g": [("logi", "log")],
    ])
    /// Step 3's suffixes and replacements, by the word's last letter.
    private static let step3Rules = RulesByLetter<(StaticString, StaticString)>([
        "e": [("icate", "ic"), ("ative", ""), ("alize", "al")],
        "i": [("iciti", "ic")],
        "l": [("ical", "ic"), ("ful", "")],
        "s": [("ness", "")],
    ])
    /// Step 4's suffixes, by the word's last letter but one ("-ion" is decided apart).
    private static let step4Suffixes = RulesByLetter<StaticString>([
        "a": ["al"], "c": ["ance", "ence"], "e": ["er"], "i": ["ic"], "l": ["able", "ible"],
        "n": ["ant", "ement", "ment", "ent"], "o": ["ou"], "s": ["ism"], "t": ["ate", "iti"], "u": ["ous"],
        "v": ["ive"], "z": ["ize"],
    ])

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
        applyFirstMatch(of: Self.step2Rules[bytes[end - 2]])
    }

    /// -ic-, -full, -ness and the like.
    mutating func step3() {
        applyFirstMatch(of: Self.step3Rules[bytes[end - 1]])
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
        // -ion goes only after s or t (adoption, decision), not in onion or champion.
        if bytes[end - 2] == UInt8(ascii: "o") && ends(with: "ion") && stemEnd > 0
            && (bytes[stemEnd - 1] == UInt8(ascii: "s") || bytes[stemEnd - 1] == UInt8(ascii: "t"))
        {
            return true
        }
        for suffix in Self.step4Suffixes[bytes[end - 2]] where ends(with: suffix) { return true }
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
