import Foundation
import TextPipeCore

/// Brings text into a Unicode normalisation form, so that the same letters
/// are always the same scalars (`e` + U+0301 becomes `é`; with NFKC, `ﬁ` becomes `fi`).
enum UnicodeNormalizer {
    /// `text` in `form`. Text that `isStable` says is already in the form is
    /// returned without work (Foundation's normalisation is slow).
    static func normalize(_ text: String, to form: CleanStage.Options.NormalizationForm, isStable: Bool) -> String {
        guard !isStable else { return text }
        switch form {
        case .nfc: return text.precomposedStringWithCanonicalMapping
        case .nfkc: return text.precomposedStringWithCompatibilityMapping
        case .none: return text
        }
    }

    /// Whether normalising `bytes` to `form` cannot change them. For NFC that
    /// holds for every scalar below U+0300 (where combining marks begin) and for
    /// the punctuation and currency signs news text is full of (’ “ — … €),
    /// none of which compose or decompose; for NFKC only ASCII is certain.
    static func isStable(_ bytes: UnsafeBufferPointer<UInt8>, under form: CleanStage.Options.NormalizationForm) -> Bool {
        if form == .none { return true }
        var index = 0
        while index < bytes.count {
            if bytes[index] < 0x80 {
                index += 1
                continue
            }
            guard form == .nfc else { return false }
            let (scalar, length) = UTF8Decoding.scalar(in: bytes, at: index)
            guard isCanonicallyStable(scalar.value) else { return false }
            index += length
        }
        return true
    }

    private static func isCanonicallyStable(_ value: UInt32) -> Bool {
        switch value {
        case ..<0x300, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20BF: true
        default: false
        }
    }
}
