/// Viterbi decoding of a sentence's tag scores under first-order transitions,
/// and the score margins that give entity confidences.
///
/// Scores are `scores[token * tagCount + tag]`; transitions are
/// `transitions[previous * tagCount + next]` with row `tagCount` for the
/// sentence start. Only the pairs the BILOU scheme allows are visited (about a
/// third of all), which keeps decoding cheap.
struct SequenceDecoder {
    let tagCount: Int
    let transitions: [Float]
    /// Whether a sentence may end on each tag.
    let canEnd: [Bool]
    /// How much more than `O → O` an allowed transition can weigh, between
    /// tokens and from the sentence start.
    private let innerGain: Float
    private let startGain: Float
    /// For each tag, the tags that may come before it (the start row excluded):
    /// `previousTags[previousStarts[tag]..<previousStarts[tag + 1]]`.
    private let previousTags: [Int]
    private let previousStarts: [Int]
    /// For each tag, the tags that may come after it, laid out the same way.
    private let nextTags: [Int]
    private let nextStarts: [Int]

    init(tags: TagSet, transitions: [Float]) {
        tagCount = tags.count
        self.transitions = transitions
        canEnd = tags.canEnd
        let count = tags.count
        let inner = (0..<count * count).filter { tags.allowed[$0] }.map { transitions[$0] }
        let start = (count * count..<(count + 1) * count).filter { tags.allowed[$0] }.map { transitions[$0] }
        innerGain = max(0, (inner.max() ?? 0) - transitions[TagSet.outside])
        startGain = max(0, (start.max() ?? 0) - transitions[count * count + TagSet.outside])
        (previousTags, previousStarts) = Self.flattened((0..<count).map { tag in
            (0..<count).filter { tags.allowed[$0 * count + tag] }
        })
        (nextTags, nextStarts) = Self.flattened((0..<count).map { tag in
            (0..<count).filter { tags.allowed[tag * count + $0] }
        })
    }

    /// Lists laid end to end, with where each starts (and the end).
    private static func flattened(_ lists: [[Int]]) -> ([Int], [Int]) {
        var starts = [0]
        for list in lists { starts.append(starts.last! + list.count) }
        return (lists.flatMap { $0 }, starts)
    }

    /// Whether every token's `O` score beats all its other scores by more than
    /// its two transitions can gain over `O → O`: then no sequence with an
    /// entity can beat all `O` (each token leaving `O` loses more than its
    /// transitions win back), and decoding is not needed. Most sentences
    /// without names pass.
    func isAllOutside(_ scores: UnsafeBufferPointer<Float>, count: Int) -> Bool {
        for token in 0..<count {
            let needed = (token == 0 ? startGain : innerGain) + innerGain
            let row = token &* tagCount
            let outside = scores[row]
            for tag in 1..<tagCount where outside - scores[row &+ tag] <= needed { return false }
        }
        return true
    }

    /// The best tag sequence and, per token and tag, the best score reachable
    /// up to and including that token with that tag (the forward table).
    func decode(_ scores: UnsafeBufferPointer<Float>, count: Int) -> (tags: [Int], forward: [Float]) {
        guard count > 0 else { return ([], []) }
        let tagCount = tagCount
        var forward = [Float](repeating: 0, count: count * tagCount)
        var back = [Int32](repeating: 0, count: count * tagCount)
        withPointers(previousTags, previousStarts) { previousTags, previousStarts, transitions in
            forward.withUnsafeMutableBufferPointer { forward in
                back.withUnsafeMutableBufferPointer { back in
                    let start = tagCount * tagCount
                    for tag in 0..<tagCount { forward[tag] = scores[tag] + transitions[start + tag] }
                    for token in 1..<count {
                        let previousRow = (token &- 1) &* tagCount
                        let row = token &* tagCount
                        for tag in 0..<tagCount {
                            var best = -Float.infinity
                            var bestPrevious = 0
                            for index in previousStarts[tag]..<previousStarts[tag &+ 1] {
                                let previous = previousTags[index]
                                let score = forward[previousRow &+ previous] + transitions[previous &* tagCount &+ tag]
                                if score > best {
                                    best = score
                                    bestPrevious = previous
                                }
                            }
                            forward[row &+ tag] = best + scores[row &+ tag]
                            back[row &+ tag] = Int32(truncatingIfNeeded: bestPrevious)
                        }
                    }
                }
            }
        }
        var last = 0
        var best = -Float.infinity
        let lastRow = (count - 1) * tagCount
        for tag in 0..<tagCount where canEnd[tag] && forward[lastRow + tag] > best {
            best = forward[lastRow + tag]
            last = tag
        }
        var tags = [Int](repeating: 0, count: count)
        tags[count - 1] = last
        var token = count - 1
        while token > 0 {
            tags[token - 1] = Int(back[token * tagCount + tags[token]])
            token -= 1
        }
        return (tags, forward)
    }

    /// For each token, how much the best sequence outscores the best one
    /// giving that token another tag (exact, from forward and backward max-scores).
    func margins(_ scores: UnsafeBufferPointer<Float>, count: Int, tags: [Int], forward: [Float]) -> [Float] {
        let tagCount = tagCount
        var backward = [Float](repeating: 0, count: count * tagCount)
        let lastRow = (count - 1) * tagCount
        for tag in 0..<tagCount { backward[lastRow + tag] = canEnd[tag] ? 0 : EntityModel.forbidden }
        withPointers(nextTags, nextStarts) { nextTags, nextStarts, transitions in
            var token = count - 2
            while token >= 0 {
                let nextRow = (token + 1) * tagCount
                for tag in 0..<tagCount {
                    var best = -Float.infinity
                    for index in nextStarts[tag]..<nextStarts[tag + 1] {
                        let next = nextTags[index]
                        let score = transitions[tag * tagCount + next] + scores[nextRow + next] + backward[nextRow + next]
                        if score > best { best = score }
                    }
                    backward[token * tagCount + tag] = best
                }
                token -= 1
            }
        }
        var margins = [Float](repeating: 0, count: count)
        for token in 0..<count {
            let row = token * tagCount
            let chosen = forward[row + tags[token]] + backward[row + tags[token]]
            var rival = -Float.infinity
            for tag in 0..<tagCount where tag != tags[token] {
                rival = max(rival, forward[row + tag] + backward[row + tag])
            }
            margins[token] = chosen - rival
        }
        return margins
    }

    /// Calls `body` with unchecked views of a flattened tag list and the transitions.
    @inline(__always)
    private func withPointers<Result>(
        _ tags: [Int], _ starts: [Int],
        _ body: (UnsafeBufferPointer<Int>, UnsafeBufferPointer<Int>, UnsafeBufferPointer<Float>) -> Result
    ) -> Result {
        tags.withUnsafeBufferPointer { tags in
            starts.withUnsafeBufferPointer { starts in
                transitions.withUnsafeBufferPointer { body(tags, starts, $0) }
            }
        }
    }
}
