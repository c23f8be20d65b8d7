import Foundation

/// Brings text into a Unicode normalisation form, so that the same letters
/// are always the same scalars (`e` + U+0301 becomes `é`; with NFKC, `ﬁ` becomes `fi`).
enum UnicodeNormalizer {
    /// `text` in `form`. ASCII text is in every form already and is returned
    /// without work; `isASCII` tells whether it is.
    static func normalize(_ text: String, to form: CleanStage.Options.NormalizationForm, isASCII: Bool) -> String {
        guard !isASCII else { return text }
        switch form {
        case .nfc: return text.precomposedStringWithCanonicalMapping
        case .nfkc: return text.precomposedStringWithCompatibilityMapping
        case .none: return text
        }
    }
}
