/// The summary-level longest common subsequence behind ROUGE-Lsum (Lin 2004,
/// section 3.2), with `rouge-score`'s choice among equally long subsequences.
enum SummaryLevelLCS {
    /// ROUGE-Lsum F of candidate sentences against reference sentences (token ids).
    static func f(candidate: [[Int]], reference: [[Int]]) -> Double {
        let candidateCount = candidate.reduce(0) { $0 + $1.count }
        let referenceCount = reference.reduce(0) { $0 + $1.count }
        guard candidateCount > 0, referenceCount > 0 else { return 0 }
        var unusedInCandidate = counts(candidate)
        var unusedInReference = counts(reference)
        var hits = 0
        for sentence in reference {
            // Each token of the union is used at most as often as both texts still have it.
            for position in unionPositions(sentence, candidate) {
                let token = sentence[position]
                guard unusedInCandidate[token, default: 0] > 0, unusedInReference[token, default: 0] > 0 else { continue }
                hits += 1
                unusedInCandidate[token]! -= 1
                unusedInReference[token]! -= 1
            }
        }
        return Rouge.fMeasure(
            precision: Double(hits) / Double(candidateCount), recall: Double(hits) / Double(referenceCount))
    }

    /// The sorted positions in `reference` covered by its LCS with any candidate sentence.
    static func unionPositions(_ reference: [Int], _ candidates: [[Int]]) -> [Int] {
        var positions: Set<Int> = []
        for candidate in candidates { positions.formUnion(lcsPositions(reference, candidate)) }
        return positions.sorted()
    }

    /// The positions in `reference` of one longest common subsequence with
    /// `candidate`, found by walking the dynamic-programming table back from
    /// the end and moving left in the candidate only when that keeps a
    /// strictly longer subsequence (as `rouge-score` does).
    static func lcsPositions(_ reference: [Int], _ candidate: [Int]) -> [Int] {
        let rows = reference.count
        let columns = candidate.count
        guard rows > 0, columns > 0 else { return [] }
        let width = columns + 1
        var table = [Int](repeating: 0, count: (rows + 1) * width)
        for i in 1...rows {
            for j in 1...columns {
                table[i * width + j] =
                    reference[i - 1] == candidate[j - 1]
                    ? table[(i - 1) * width + j - 1] + 1
                    : max(table[(i - 1) * width + j], table[i * width + j - 1])
            }
        }
        var positions: [Int] = []
        var i = rows
        var j = columns
        while i > 0 && j > 0 {
            if reference[i - 1] == candidate[j - 1] {
                positions.append(i - 1)
                i -= 1
                j -= 1
            } else if table[i * width + j - 1] > table[(i - 1) * width + j] {
                j -= 1
            } else {
                i -= 1
            }
        }
        return positions.reversed()
    }

    private static func counts(_ sentences: [[Int]]) -> [Int: Int] {
        var counts: [Int: Int] = [:]
        for sentence in sentences { for token in sentence { counts[token, default: 0] += 1 } }
        return counts
    }
}
