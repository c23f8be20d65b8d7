/// Viterbi decoding of a sentence's tag scores under first-order transitions,
/// and the score margins that give entity confidences.
///
/// Scores are `scores[token * tagCount + tag]`; transitions are
/// `transitions[previous * tagCount + next]` with row `tagCount` for the
/// sentence start. Only the pairs the BILOU scheme allows are visited, and
/// the scheme's shape makes most of them one vector operation: after a
/// closed tag (`O`, `L`, `U`) any of the opening tags (`O`, `B`, `U`) may
/// come, so the best way into every opening tag is the lane-wise maximum of
/// one vector per closed tag; inside a name (`B`, `I`) only `I` or `L` of
/// the same label follows, two candidates each.
struct SequenceDecoder {
    /// The most labels a decoder takes: their opening tags, with `O`, fill one vector.
    static let maximumLabels = 7

    typealias Lanes = SIMD16<Float>

    /// What lies on each side of the tokens decoded: the sentence's edge, or
    /// a token outside any name (a stretch of a sentence decoded on its own).
    struct Edges {
        var startsSentence: Bool
        var endsSentence: Bool

        /// A whole sentence.
        static let sentence = Edges(startsSentence: true, endsSentence: true)
    }

    let tagCount: Int
    let transitions: [Float]
    /// Whether a sentence may end on each tag.
    let canEnd: [Bool]
    /// How much more than `O → O` an allowed transition can weigh, between
    /// tokens and from the sentence start.
    private let innerGain: Float
    private let startGain: Float
    /// `O`, then each label's `B` and `U`: the tags that may follow a closed tag, in tag order.
    private let openingTags: [Int]
    /// `O`, then each label's `L` and `U`: the tags after which a name is closed, in tag order.
    private let closedTags: [Int]
    /// Per closed tag (in ``closedTags`` order), the transitions to each opening tag as lanes.
    private let closedToOpening: [Lanes]
    /// Per opening tag (in ``openingTags`` order), the transitions from each closed tag as lanes.
    private let openingFromClosed: [Lanes]
    private let labelCount: Int

    init(tags: TagSet, transitions: [Float]) {
        precondition(tags.labels.count <= Self.maximumLabels, "at most \(Self.maximumLabels) labels")
        tagCount = tags.count
        labelCount = tags.labels.count
        self.transitions = transitions
        canEnd = tags.canEnd
        let count = tags.count
        let inner = (0..<count * count).filter { tags.allowed[$0] }.map { transitions[$0] }
        let start = (count * count..<(count + 1) * count).filter { tags.allowed[$0] }.map { transitions[$0] }
        innerGain = max(0, (inner.max() ?? 0) - transitions[TagSet.outside])
        startGain = max(0, (start.max() ?? 0) - transitions[count * count + TagSet.outside])
        let labels = 0..<tags.labels.count
        let opening = [TagSet.outside] + labels.flatMap { [TagSet.tag(label: $0, .begin), TagSet.tag(label: $0, .unit)] }
        let closed = [TagSet.outside] + labels.flatMap { [TagSet.tag(label: $0, .last), TagSet.tag(label: $0, .unit)] }
        openingTags = opening
        closedTags = closed
        closedToOpening = closed.map { previous in
            var lanes = Lanes(repeating: -.infinity)
            for (lane, next) in opening.enumerated() { lanes[lane] = transitions[previous * count + next] }
            return lanes
        }
        openingFromClosed = opening.map { next in
            var lanes = Lanes(repeating: -.infinity)
            for (lane, previous) in closed.enumerated() { lanes[lane] = transitions[previous * count + next] }
            return lanes
        }
    }

    /// Whether every token's `O` score beats all its other scores by more than
    /// its two transitions can gain over `O → O`: then no sequence with an
    /// entity can beat all `O` (each token leaving `O` loses more than its
    /// transitions win back), and decoding is not needed. Most sentences
    /// without names pass.
    func isAllOutside(_ scores: UnsafeBufferPointer<Float>, count: Int) -> Bool {
        for token in 0..<count {
            let needed = (token == 0 ? max(startGain, innerGain) : innerGain) + innerGain
            let row = token &* tagCount
            let outside = scores[row]
            for tag in 1..<tagCount where outside - scores[row &+ tag] <= needed { return false }
        }
        return true
    }

    /// The best tag sequence and, per token and tag, the best score reachable
    /// up to and including that token with that tag (the forward table).
    /// Among equal scores the lowest previous tag wins.
    func decode(
        _ scores: UnsafeBufferPointer<Float>, count: Int, edges: Edges = .sentence
    ) -> (tags: [Int], forward: [Float]) {
        guard count > 0 else { return ([], []) }
        var forward = [Float](repeating: 0, count: count * tagCount)
        var tags = [Int](repeating: 0, count: count)
        forward.withUnsafeMutableBufferPointer { forward in
            tags.withUnsafeMutableBufferPointer { tags in
                decode(scores, count: count, edges: edges, forward: forward.baseAddress!, tags: tags.baseAddress!)
            }
        }
        return (tags, forward)
    }

    /// The names of `count` tokens with `scores`: each span's tokens, label
    /// index and least margin (see ``margins(_:count:tags:forward:edges:backward:into:)``).
    /// Works in scratch memory of its own, allocating nothing but the result.
    func names(
        _ scores: UnsafeBufferPointer<Float>, count: Int, edges: Edges
    ) -> [(tokens: Range<Int>, label: Int, margin: Float)] {
        guard count > 0 else { return [] }
        return withUnsafeTemporaryAllocation(of: Float.self, capacity: 2 * count * tagCount + count) { floats in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: count) { tags in
                let forward = floats.baseAddress!
                let backward = forward + count * tagCount
                let margins = backward + count * tagCount
                decode(scores, count: count, edges: edges, forward: forward, tags: tags.baseAddress!)
                let spans = TagSet.spans(of: UnsafeBufferPointer(tags))
                guard !spans.isEmpty else { return [] }
                self.margins(
                    scores, count: count, tags: tags.baseAddress!, forward: forward, edges: edges,
                    backward: backward, into: margins)
                return spans.map { span in
                    (span.tokens, span.label, span.tokens.map { margins[$0] }.min() ?? 0)
                }
            }
        }
    }

    /// ``decode(_:count:edges:)`` into `forward` (`count` rows of one score
    /// per tag) and `tags` (one per token).
    private func decode(
        _ scores: UnsafeBufferPointer<Float>, count: Int, edges: Edges, forward: UnsafeMutablePointer<Float>,
        tags: UnsafeMutablePointer<Int>
    ) {
        let tagCount = tagCount
        withTables { transitions, opening, closed, closedToOpening in
            let start = (edges.startsSentence ? tagCount : TagSet.outside) * tagCount
            for tag in 0..<tagCount { forward[tag] = scores[tag] + transitions[start + tag] }
            withLaneBuffers { bestLanes, _ in
                for token in 1..<count {
                    let previousRow = (token &- 1) &* tagCount
                    let row = token &* tagCount
                    // Into the opening tags: the best closed tag before, lane by lane.
                    var best = Lanes(repeating: -.infinity)
                    for index in 0..<closed.count {
                        let candidate = Lanes(repeating: forward[previousRow &+ closed[index]]) + closedToOpening[index]
                        best.replace(with: candidate, where: candidate .> best)
                    }
                    bestLanes.storeBytes(of: best, as: Lanes.self)
                    for lane in 0..<opening.count {
                        let tag = opening[lane]
                        forward[row &+ tag] = bestLanes.load(fromByteOffset: lane &* 4, as: Float.self) + scores[row &+ tag]
                    }
                    // Inside a name: from its B or I only.
                    for label in 0..<labelCount {
                        let begin = TagSet.tag(label: label, .begin)
                        let inside = begin &+ 1
                        let afterBegin = forward[previousRow &+ begin]
                        let afterInside = forward[previousRow &+ inside]
                        for tag in inside...inside &+ 1 {
                            let viaBegin = afterBegin + transitions[begin &* tagCount &+ tag]
                            let viaInside = afterInside + transitions[inside &* tagCount &+ tag]
                            forward[row &+ tag] = max(viaBegin, viaInside) + scores[row &+ tag]
                        }
                    }
                }
            }
        }
        var last = 0
        var best = -Float.infinity
        let lastRow = (count - 1) * tagCount
        for tag in 0..<tagCount {
            let score = forward[lastRow + tag] + endScore(of: tag, edges: edges)
            if score > best {
                best = score
                last = tag
            }
        }
        tags[count - 1] = last
        var token = count - 1
        while token > 0 {
            tags[token - 1] = bestPrevious(of: tags[token], after: forward + (token - 1) * tagCount)
            token -= 1
        }
    }

    /// The tag before `tag` on the best path, given the forward scores of the
    /// token before (`previousForward`): the allowed previous tag with the
    /// best score into `tag`, the lowest on ties. Finding it again here for
    /// the one tag each token takes is cheaper than keeping it for every tag.
    @inline(__always)
    private func bestPrevious(of tag: Int, after previousForward: UnsafePointer<Float>) -> Int {
        transitions.withUnsafeBufferPointer { transitions in
            var best = -Float.infinity
            var from = 0
            @inline(__always) func consider(_ previous: Int) {
                let score = previousForward[previous] + transitions[previous &* tagCount &+ tag]
                if score > best {
                    best = score
                    from = previous
                }
            }
            if let label = TagSet.label(tag), TagSet.position(tag) == .inside || TagSet.position(tag) == .last {
                let begin = TagSet.tag(label: label, .begin)
                consider(begin)
                consider(begin &+ 1)
            } else {
                closedTags.withUnsafeBufferPointer { closed in
                    for previous in closed { consider(previous) }
                }
            }
            return from
        }
    }

    /// What ending the tokens decoded on `tag` scores: nothing where the
    /// sentence may end on it, the transition to `O` where a token outside
    /// any name follows.
    @inline(__always)
    private func endScore(of tag: Int, edges: Edges) -> Float {
        if edges.endsSentence { return canEnd[tag] ? 0 : EntityModel.forbidden }
        return transitions[tag * tagCount + TagSet.outside]
    }

    /// For each token, how much the best sequence outscores the best one
    /// giving that token another tag (exact, from forward and backward
    /// max-scores), into `margins`, with `backward` (as large as the forward
    /// table) for scratch.
    func margins(
        _ scores: UnsafeBufferPointer<Float>, count: Int, tags: UnsafePointer<Int>, forward: UnsafePointer<Float>,
        edges: Edges, backward: UnsafeMutablePointer<Float>, into margins: UnsafeMutablePointer<Float>
    ) {
        let tagCount = tagCount
        let lastRow = (count - 1) * tagCount
        for tag in 0..<tagCount { backward[lastRow + tag] = endScore(of: tag, edges: edges) }
        withTables { transitions, opening, closed, _ in
            openingFromClosed.withUnsafeBufferPointer { openingFromClosed in
                withLaneBuffers { bestLanes, _ in
                    var token = count - 2
                    while token >= 0 {
                        let nextRow = (token &+ 1) &* tagCount
                        let row = token &* tagCount
                        // Out of the closed tags: the best opening tag next, lane by lane.
                        var best = Lanes(repeating: -.infinity)
                        for index in 0..<opening.count {
                            let next = opening[index]
                            let candidate = (openingFromClosed[index] + Lanes(repeating: scores[nextRow &+ next]))
                                + Lanes(repeating: backward[nextRow &+ next])
                            best.replace(with: candidate, where: candidate .> best)
                        }
                        bestLanes.storeBytes(of: best, as: Lanes.self)
                        for lane in 0..<closed.count {
                            backward[row &+ closed[lane]] = bestLanes.load(fromByteOffset: lane &* 4, as: Float.self)
                        }
                        // Out of B or I: the I or L of the same label.
                        for label in 0..<labelCount {
                            let inside = TagSet.tag(label: label, .inside)
                            let last = inside &+ 1
                            let beforeInside = scores[nextRow &+ inside]
                            let beforeLast = scores[nextRow &+ last]
                            for tag in inside &- 1...inside {
                                let viaInside = transitions[tag &* tagCount &+ inside] + beforeInside
                                    + backward[nextRow &+ inside]
                                let viaLast = transitions[tag &* tagCount &+ last] + beforeLast
                                    + backward[nextRow &+ last]
                                backward[row &+ tag] = max(viaInside, viaLast)
                            }
                        }
                        token -= 1
                    }
                }
            }
        }
        for token in 0..<count {
            let row = token * tagCount
            let chosen = forward[row + tags[token]] + backward[row + tags[token]]
            var rival = -Float.infinity
            for tag in 0..<tagCount where tag != tags[token] {
                rival = max(rival, forward[row + tag] + backward[row + tag])
            }
            margins[token] = chosen - rival
        }
    }

    /// Calls `body` with unchecked views of the transitions, the opening and
    /// closed tags and the closed-to-opening transition lanes.
    @inline(__always)
    private func withTables<Result>(
        _ body: (
            UnsafeBufferPointer<Float>, UnsafeBufferPointer<Int>, UnsafeBufferPointer<Int>, UnsafeBufferPointer<Lanes>
        ) -> Result
    ) -> Result {
        transitions.withUnsafeBufferPointer { transitions in
            openingTags.withUnsafeBufferPointer { opening in
                closedTags.withUnsafeBufferPointer { closed in
                    closedToOpening.withUnsafeBufferPointer { body(transitions, opening, closed, $0) }
                }
            }
        }
    }

    /// Calls `body` with two scratch buffers of one vector of lanes each, to
    /// move values between lanes and tags through memory (a lane picked by a
    /// variable index is slow in a register).
    @inline(__always)
    private func withLaneBuffers<Result>(_ body: (UnsafeMutableRawPointer, UnsafeMutableRawPointer) -> Result) -> Result {
        withUnsafeTemporaryAllocation(of: Lanes.self, capacity: 2) { buffer in
            let base = UnsafeMutableRawPointer(buffer.baseAddress!)
            return body(base, base + MemoryLayout<Lanes>.stride)
        }
    }
}
