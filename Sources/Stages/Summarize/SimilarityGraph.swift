/// The complete graph of sentences weighted by the cosine similarity of
/// their content-word vectors, and its PageRank.
struct SimilarityGraph {
    static let damping = 0.85
    static let maxIterations = 30
    static let tolerance = 1e-6

    let count: Int
    /// Row-major `count × count` similarities; the diagonal is zero.
    private var weights: [Double]

    init(vectors: SentenceVectors) {
        count = vectors.count
        weights = Array(repeating: 0, count: count * count)
        // Scatter one sentence into a dense vector, then dot it with each later one.
        var dense = Array(repeating: 0.0, count: vectors.vocabularySize)
        for row in 0..<count {
            for position in vectors.terms(of: row) { dense[vectors.termIDs[position]] = vectors.weights[position] }
            for column in (row + 1)..<count {
                var dot = 0.0
                for position in vectors.terms(of: column) {
                    dot += dense[vectors.termIDs[position]] * vectors.weights[position]
                }
                weights[row * count + column] = dot
                weights[column * count + row] = dot
            }
            for position in vectors.terms(of: row) { dense[vectors.termIDs[position]] = 0 }
        }
    }

    /// The cosine similarity of sentences `first` and `second`.
    func similarity(_ first: Int, _ second: Int) -> Double { weights[first * count + second] }

    /// Weighted PageRank by power iteration; a sentence similar to none
    /// spreads its rank evenly, so the ranks keep summing to one.
    func pageRank() -> [Double] {
        guard count > 0 else { return [] }
        let uniform = 1 / Double(count)
        var outWeight = Array(repeating: 0.0, count: count)
        for row in 0..<count {
            for column in 0..<count { outWeight[row] += weights[row * count + column] }
        }
        var rank = Array(repeating: uniform, count: count)
        var next = rank
        for _ in 0..<Self.maxIterations {
            var isolatedRank = 0.0
            for row in 0..<count where outWeight[row] == 0 { isolatedRank += rank[row] }
            let base = (1 - Self.damping) * uniform + Self.damping * isolatedRank * uniform
            for column in 0..<count { next[column] = base }
            for row in 0..<count where outWeight[row] > 0 {
                let share = Self.damping * rank[row] / outWeight[row]
                for column in 0..<count { next[column] += share * weights[row * count + column] }
            }
            var change = 0.0
            for index in 0..<count { change += abs(next[index] - rank[index]) }
            swap(&rank, &next)
            if change < Self.tolerance { break }
        }
        return rank
    }
}
