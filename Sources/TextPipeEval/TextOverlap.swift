/// How much of a reference text an extracted text reproduces.
///
/// Both texts are split into ``WordRuns`` words (maximal runs of Unicode
/// letters and digits, lower-cased). The word score compares the two bags
/// (multisets) of words: true positives are the words shared, each counted as
/// often as it occurs in both. The 4-gram score compares the bags of
/// shingles, every run of 4 consecutive words; a text with fewer than 4
/// words uses its words as shingles. Each score is computed per document;
/// a corpus figure averages precision, recall and F1 over documents (see
/// ``MacroAverage``). An empty prediction has precision 1 and recall 0, as in
/// ``PrecisionRecall``.
public enum TextOverlap {
    /// The number of consecutive words in a shingle.
    public static let shingleLength = 4

    /// Bag-of-words precision and recall of `predicted` against `truth`.
    public static func wordScore(predicted: String, truth: String) -> PrecisionRecall {
        score(WordRuns.words(in: predicted), WordRuns.words(in: truth))
    }

    /// Bag-of-shingles precision and recall of `predicted` against `truth`.
    public static func shingleScore(predicted: String, truth: String) -> PrecisionRecall {
        score(shingles(WordRuns.words(in: predicted)), shingles(WordRuns.words(in: truth)))
    }

    /// Both scores from one split of each text.
    public static func scores(predicted: String, truth: String) -> (words: PrecisionRecall, shingles: PrecisionRecall) {
        let predictedWords = WordRuns.words(in: predicted)
        let truthWords = WordRuns.words(in: truth)
        return (score(predictedWords, truthWords), score(shingles(predictedWords), shingles(truthWords)))
    }

    /// The shingles of `words`, each joined with single spaces.
    static func shingles(_ words: [String]) -> [String] {
        guard words.count >= shingleLength else { return words }
        return (0...(words.count - shingleLength)).map { words[$0..<$0 + shingleLength].joined(separator: " ") }
    }

    private static func score(_ predicted: [String], _ truth: [String]) -> PrecisionRecall {
        PrecisionRecall(truePositives: Multiset.overlap(predicted, truth), predicted: predicted.count, gold: truth.count)
    }
}
