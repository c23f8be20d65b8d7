import Foundation

/// ROUGE F-measures of one candidate summary against one reference (Lin 2004),
/// as Google's `rouge-score` package computes them with stemming on.
///
/// Tokens are ``WordRuns`` words (lower-cased runs of letters and digits);
/// words of at least ``stemMinimumLength`` lower-case ASCII letters are
/// replaced by their Porter stem (shorter and non-ASCII words stay as they
/// are, as in `rouge-score`).
/// - ROUGE-N: the bags (multisets) of n-grams of the whole candidate and of
///   the whole reference; overlap = the n-grams shared, each counted as often
///   as it occurs in both; P = overlap / candidate n-grams, R = overlap /
///   reference n-grams.
/// - ROUGE-Lsum: for each reference sentence, the union of the positions of
///   its longest common subsequence with each candidate sentence; every token
///   at those positions is a hit while the token is still unused in both
///   texts' token counts; P = hits / candidate tokens, R = hits / reference
///   tokens.
/// F = 2PR / (P + R), and 0 when P + R = 0 (an empty side scores 0).
public struct RougeScore: Sendable, Hashable {
    /// ROUGE-1 F, 0 to 1.
    public var rouge1: Double
    /// ROUGE-2 F, 0 to 1.
    public var rouge2: Double
    /// ROUGE-Lsum F, 0 to 1.
    public var rougeLsum: Double

    /// Creates a score.
    public init(rouge1: Double, rouge2: Double, rougeLsum: Double) {
        self.rouge1 = rouge1
        self.rouge2 = rouge2
        self.rougeLsum = rougeLsum
    }
}

/// Computes ``RougeScore``s.
public enum Rouge {
    /// The shortest word that is stemmed (`rouge-score` stems words longer than 3 characters).
    public static let stemMinimumLength = 4

    /// The ROUGE tokens of `text`.
    public static func tokens(_ text: String) -> [String] {
        WordRuns.words(in: text).map { WordRuns.stemmed($0, minimumLength: stemMinimumLength) }
    }

    /// Splits a reference summary into sentences: a sentence ends after `.`,
    /// `!` or `?` followed by whitespace or the end of the text. Sentences are
    /// trimmed of surrounding whitespace and blank ones dropped.
    public static func referenceSentences(_ summary: String) -> [String] {
        var sentences: [String] = []
        var current = String.UnicodeScalarView()
        var previousEndsSentence = false
        for scalar in summary.unicodeScalars {
            if previousEndsSentence && scalar.properties.isWhitespace {
                sentences.append(String(current))
                current = String.UnicodeScalarView()
            }
            current.append(scalar)
            previousEndsSentence = scalar == "." || scalar == "!" || scalar == "?"
        }
        sentences.append(String(current))
        return sentences.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }

    /// Scores candidate sentences against reference sentences.
    public static func score(candidate: [String], reference: [String]) -> RougeScore {
        var vocabulary: [String: Int] = [:]
        func encode(_ sentence: String) -> [Int] {
            tokens(sentence).map { token in
                if let id = vocabulary[token] { return id }
                vocabulary[token] = vocabulary.count
                return vocabulary.count - 1
            }
        }
        let candidateSentences = candidate.map(encode)
        let referenceSentences = reference.map(encode)
        let candidateTokens = candidateSentences.flatMap { $0 }
        let referenceTokens = referenceSentences.flatMap { $0 }
        return RougeScore(
            rouge1: nGramF(candidateTokens, referenceTokens, n: 1),
            rouge2: nGramF(candidateTokens, referenceTokens, n: 2),
            rougeLsum: SummaryLevelLCS.f(candidate: candidateSentences, reference: referenceSentences))
    }

    /// ROUGE-N F of two token sequences.
    static func nGramF(_ candidate: [Int], _ reference: [Int], n: Int) -> Double {
        let candidateGrams = nGrams(candidate, n)
        let referenceGrams = nGrams(reference, n)
        let overlap = Double(Multiset.overlap(candidateGrams, referenceGrams))
        return fMeasure(
            precision: overlap / Double(max(candidateGrams.count, 1)),
            recall: overlap / Double(max(referenceGrams.count, 1)))
    }

    static func fMeasure(precision: Double, recall: Double) -> Double {
        precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
    }

    private static func nGrams(_ tokens: [Int], _ n: Int) -> [[Int]] {
        guard tokens.count >= n else { return [] }
        return (0...(tokens.count - n)).map { Array(tokens[$0..<$0 + n]) }
    }
}
