import TextPipeCore

/// Splits text into the words the metrics compare: maximal runs of Unicode
/// letters, decimal digits and combining marks (so accented letters written
/// with a combining accent stay one word), each lower-cased with
/// `String.lowercased()`.
public enum WordRuns {
    /// The lower-cased words of `text`, in order.
    public static func words(in text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isWordScalar(scalar) {
                current.append(scalar)
            } else if !current.isEmpty {
                words.append(String(current).lowercased())
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append(String(current).lowercased()) }
        return words
    }

    /// `word`'s Porter stem when it is lower-case ASCII letters of at least
    /// `minimumLength`; otherwise `word` unchanged.
    public static func stemmed(_ word: String, minimumLength: Int = 1) -> String {
        guard word.utf8.count >= minimumLength else { return word }
        var bytes = Array(word.utf8)
        PorterStemmer.stem(&bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether `scalar` belongs inside a word.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return ASCII.isAlphanumeric(UInt8(scalar.value)) }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber,
            .nonspacingMark, .spacingMark, .enclosingMark:
            return true
        default:
            return false
        }
    }
}
