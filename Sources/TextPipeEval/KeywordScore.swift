/// Keyphrase agreement at a cut-off k, after normalisation.
///
/// A phrase is normalised by lower-casing, splitting into ``WordRuns`` words,
/// replacing each lower-case ASCII word by its Porter stem and joining the
/// words with single spaces; phrases with no word are dropped. The gold
/// phrases are de-duplicated after normalisation, and so are the first k
/// predicted keywords (the first occurrence is kept). Per document,
/// matches = normalised predictions found among the normalised gold,
/// P@k = matches / predictions kept (at most k), R@k = matches / gold
/// phrases, F1 their harmonic mean; corpus figures average P, R and F1 over
/// documents (see ``MacroAverage``; no prediction gives P = 1, as in
/// ``PrecisionRecall``).
public enum KeywordScore {
    /// The normalised form of `phrase` (empty when it has no word).
    public static func normalised(_ phrase: String) -> String {
        WordRuns.words(in: phrase).map { WordRuns.stemmed($0) }.joined(separator: " ")
    }

    /// One document's score of its predicted keywords (best first) against the gold phrases.
    public static func score(predicted: [String], gold: [String], k: Int) -> PrecisionRecall {
        let goldSet = Set(gold.map(normalised).filter { !$0.isEmpty })
        let kept = distinct(predicted.prefix(k).map(normalised).filter { !$0.isEmpty })
        return PrecisionRecall(
            truePositives: kept.count { goldSet.contains($0) }, predicted: kept.count, gold: goldSet.count)
    }

    private static func distinct(_ phrases: [String]) -> [String] {
        var seen: Set<String> = []
        return phrases.filter { seen.insert($0).inserted }
    }
}
