/// The feature templates of the entity model: each feature is a template and
/// a value (a word's hash, a shape's hash, a list bit), hashed together into
/// a 32-bit key. The raw values are part of the model file format: append new
/// templates, never renumber.
enum FeatureTemplate: UInt64 {
    case bias = 1
    case word, exactWord, shape, shortShape, prefix3, suffix2, suffix3, suffix4
    case previousWord, nextWord, secondPreviousWord, secondNextWord
    case previousShape, nextShape, shapeTrigram
    case previousBigram, nextBigram
    case classes, previousClasses, nextClasses
    case phrase
    case sentenceStart
    case casing
    case seenInLowercase
    case possessive
    case caseHabit
    case clusterPrefix, previousCluster, nextCluster
}

/// Hashing of a template and value into a feature key.
enum FeatureKey {
    /// The key of `template` with `value`: never 0, which marks empty table slots.
    @inline(__always)
    static func make(_ template: FeatureTemplate, _ value: UInt64) -> UInt32 {
        var mixed = (template.rawValue &* 0x9E37_79B9_7F4A_7C15) ^ value
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        mixed ^= mixed >> 31
        let key = UInt32(truncatingIfNeeded: mixed >> 32)
        return key == 0 ? 1 : key
    }

    /// Two values combined into one, order mattering.
    @inline(__always)
    static func pair(_ first: UInt64, _ second: UInt64) -> UInt64 {
        (first &* 0xFF51_AFD7_ED55_8CCD) ^ (second &+ 0x9E37_79B9)
    }
}
