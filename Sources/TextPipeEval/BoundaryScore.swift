/// Sentence-boundary agreement, immune to how whitespace is laid out.
///
/// A boundary is a sentence end, written as the number of non-whitespace
/// characters (Unicode scalars whose `isWhitespace` property is false) before
/// that end. Gold boundaries are the cumulative non-whitespace counts of the
/// gold sentence strings taken in order; predicted boundaries come from the
/// ends of the predicted sentence spans. A document's last sentence end
/// counts like any other. Precision, recall and F1 are micro-averaged: true
/// positives, predicted and gold boundaries are summed over all documents.
/// `exact` is the share of documents whose predicted boundary set equals the
/// gold set.
public struct BoundaryScore: Sendable, Hashable {
    /// Boundary counts summed over documents.
    public private(set) var counts = PrecisionRecall(truePositives: 0, predicted: 0, gold: 0)
    /// Documents added.
    public private(set) var documents = 0
    /// Documents whose predicted boundaries equal the gold ones.
    public private(set) var exactDocuments = 0

    /// An empty score.
    public init() {}

    /// Adds one document's boundary sets.
    public mutating func add(predicted: Set<Int>, gold: Set<Int>) {
        counts.truePositives += predicted.intersection(gold).count
        counts.predicted += predicted.count
        counts.gold += gold.count
        documents += 1
        if predicted == gold { exactDocuments += 1 }
    }

    /// Share of documents segmented exactly like the gold (0 with no documents).
    public var exact: Double { documents == 0 ? 0 : Double(exactDocuments) / Double(documents) }

    /// The boundaries of consecutive gold sentences.
    public static func goldBoundaries(sentences: [String]) -> Set<Int> {
        var boundaries: Set<Int> = []
        var total = 0
        for sentence in sentences {
            total += sentence.unicodeScalars.count { !$0.properties.isWhitespace }
            boundaries.insert(total)
        }
        return boundaries
    }

    /// The boundaries of predicted sentences ending at the UTF-8 byte offsets
    /// `sentenceEnds` of `text`.
    public static func predictedBoundaries(text: String, sentenceEnds: [Int]) -> Set<Int> {
        let before = nonWhitespaceCountBeforeEachByte(text)
        return Set(sentenceEnds.map { before[min(max($0, 0), before.count - 1)] })
    }

    /// For each byte offset of `text` (and its end), the number of
    /// non-whitespace scalars that start before it.
    private static func nonWhitespaceCountBeforeEachByte(_ text: String) -> [Int] {
        var counts: [Int] = []
        counts.reserveCapacity(text.utf8.count + 1)
        var total = 0
        for scalar in text.unicodeScalars {
            let width = UTF8.width(scalar)
            counts.append(total)
            // Offsets inside a multi-byte scalar fall before it.
            for _ in 1..<width { counts.append(total) }
            if !scalar.properties.isWhitespace { total += 1 }
        }
        counts.append(total)
        return counts
    }
}
