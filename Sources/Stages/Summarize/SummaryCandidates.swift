import TextPipeCore

/// Which sentences a summary may take, and which must go together.
///
/// A heading is a title, not a statement of the text: never taken. A
/// quotation that runs over several sentences (`"We are ready.` …
/// `It took years," she said.`) is taken whole or not at all, so that no
/// summary sentence opens a quote it does not close or closes one it did
/// not open; one that does not close within ``longestQuotation`` sentences,
/// and a sentence closing a quote opened before it, are never taken.
struct SummaryCandidates {
    /// A quotation running over more sentences than this is not kept whole.
    static let longestQuotation = 4

    /// For each sentence, the sentences taken together with it (itself
    /// alone, or a whole quotation), or nil when it is never taken.
    let units: [Range<Int>?]

    /// Finds the units of `sentences`. When no sentence could be taken,
    /// quotes are not looked at; when none could be taken even then (a text
    /// of headings only), every sentence is a unit of its own.
    init(sentences: [Sentence], tokens: [Token], in bytes: UnsafeBufferPointer<UInt8>) {
        var units = Self.quotationUnits(of: sentences, tokens: tokens, in: bytes)
        if !units.contains(where: { $0 != nil }) {
            units = sentences.indices.map { sentences[$0].isHeading ? nil : $0..<($0 + 1) }
        }
        if !units.contains(where: { $0 != nil }) {
            units = sentences.indices.map { $0..<($0 + 1) }
        }
        self.units = units
    }

    /// The indices of the sentences that may be taken, ascending.
    var takeable: [Int] { units.indices.filter { units[$0] != nil } }

    /// `sentences` (the first ones of the text) as the similarity graph
    /// should see them: those never taken without words, so that only
    /// sentences that can be picked make each other central. A heading
    /// repeats the key words of its text and would pull sentences that echo
    /// it up, whether they add anything or not.
    func graphed(_ sentences: [Sentence]) -> [Sentence] {
        guard sentences.indices.contains(where: { units[$0] == nil }) else { return sentences }
        return sentences.indices.map { index in
            var sentence = sentences[index]
            if units[index] == nil { sentence.tokens = sentence.tokens.lowerBound..<sentence.tokens.lowerBound }
            return sentence
        }
    }

    /// The sentences that may be taken among the first `scores.count`
    /// (whose units lie among them too), best first: a unit scores the mean
    /// of its sentences, so a weak line of a quotation does not ride on a strong one.
    func ranking(by scores: [Double]) -> [Int] {
        let unitScores = scores.indices.map { index -> Double in
            guard let unit = units[index], unit.upperBound <= scores.count else { return -.infinity }
            return unit.reduce(0) { $0 + scores[$1] } / Double(unit.count)
        }
        return scores.indices.filter { unitScores[$0] > -.infinity }
            .sorted { unitScores[$0] > unitScores[$1] || (unitScores[$0] == unitScores[$1] && $0 < $1) }
    }

    private static func quotationUnits(
        of sentences: [Sentence], tokens: [Token], in bytes: UnsafeBufferPointer<UInt8>
    ) -> [Range<Int>?] {
        let marks = { (index: Int) in QuoteMarks(of: sentences[index], tokens: tokens, in: bytes) }
        var units: [Range<Int>?] = Array(repeating: nil, count: sentences.count)
        var index = 0
        while index < sentences.count {
            guard !sentences[index].isHeading else {
                index += 1
                continue
            }
            let opening = marks(index)
            if opening.isBalanced {
                units[index] = index..<(index + 1)
            } else if opening.opensOnly, let end = quotationEnd(opening, from: index, marks, sentences) {
                for member in index..<end { units[member] = index..<end }
                index = end
                continue
            }
            index += 1
        }
        return units
    }

    /// One past the sentence that closes the quotation `opening` opened in
    /// sentence `start`, when that is near and no heading comes between.
    private static func quotationEnd(
        _ opening: QuoteMarks, from start: Int, _ marks: (Int) -> QuoteMarks, _ sentences: [Sentence]
    ) -> Int? {
        var joined = opening
        for end in (start + 1)..<min(sentences.count, start + longestQuotation) {
            guard !sentences[end].isHeading else { return nil }
            joined = joined.followed(by: marks(end))
            if joined.isBalanced { return end + 1 }
            if !joined.opensOnly { return nil }
        }
        return nil
    }
}
