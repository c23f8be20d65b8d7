import Testing
import TextPipeCore

@testable import TextPipeEntities

/// BILOU tags, their constraints, and Viterbi decoding with margins.
@Suite struct DecodingTests {
    private let tags = TagSet(labels: [.person, .organization])

    @Test func spansAndTagsRoundTrip() {
        let spans: [(tokens: Range<Int>, label: Int)] = [(0..<2, 0), (3..<4, 1), (5..<8, 0)]
        let sequence = TagSet.tags(length: 9, spans: spans)
        #expect(
            sequence == [
                TagSet.tag(label: 0, .begin), TagSet.tag(label: 0, .last), 0, TagSet.tag(label: 1, .unit), 0,
                TagSet.tag(label: 0, .begin), TagSet.tag(label: 0, .inside), TagSet.tag(label: 0, .last), 0,
            ])
        let back = TagSet.spans(of: sequence)
        #expect(back.map(\.tokens) == spans.map(\.tokens))
        #expect(back.map(\.label) == spans.map(\.label))
    }

    @Test func onlyWellFormedSequencesAreAllowed() {
        let count = tags.count
        func allowed(_ previous: Int, _ next: Int) -> Bool { tags.allowed[previous * count + next] }
        let beginPerson = TagSet.tag(label: 0, .begin)
        #expect(allowed(beginPerson, TagSet.tag(label: 0, .inside)))
        #expect(allowed(beginPerson, TagSet.tag(label: 0, .last)))
        #expect(!allowed(beginPerson, TagSet.tag(label: 1, .last)))
        #expect(!allowed(beginPerson, TagSet.outside))
        #expect(!allowed(count, TagSet.tag(label: 0, .inside)))  // no I at the start
        #expect(allowed(TagSet.tag(label: 1, .unit), beginPerson))
        #expect(!tags.canEnd[beginPerson] && tags.canEnd[TagSet.tag(label: 0, .last)])
    }

    /// Scores that favour an ill-formed "I-PER I-PER" for two tokens.
    private func illFormedScores() -> [Float] {
        var scores = [Float](repeating: 0, count: 2 * tags.count)
        scores[TagSet.tag(label: 0, .inside)] = 5
        scores[tags.count + TagSet.tag(label: 0, .inside)] = 5
        scores[TagSet.tag(label: 0, .begin)] = 2
        scores[tags.count + TagSet.tag(label: 0, .last)] = 2
        return scores
    }

    @Test func decodingKeepsToWellFormedSequences() {
        let transitions = zip([Float](repeating: 0, count: (tags.count + 1) * tags.count), tags.allowed)
            .map { $1 ? $0 : EntityModel.forbidden }
        let decoder = SequenceDecoder(tags: tags, transitions: transitions)
        let scores = illFormedScores()
        let result = scores.withUnsafeBufferPointer { decoder.decode($0, count: 2) }
        #expect(result.tags == [TagSet.tag(label: 0, .begin), TagSet.tag(label: 0, .last)])
    }

    @Test func marginsMeasureTheRunnerUp() {
        let transitions = zip([Float](repeating: 0, count: (tags.count + 1) * tags.count), tags.allowed)
            .map { $1 ? $0 : EntityModel.forbidden }
        let decoder = SequenceDecoder(tags: tags, transitions: transitions)
        let scores = illFormedScores()
        let margins = scores.withUnsafeBufferPointer { scores in
            let (tags, forward) = decoder.decode(scores, count: 2)
            return decoder.margins(scores, count: 2, tags: tags, forward: forward)
        }
        // Best: B-PER L-PER = 4. Runner-up changing a token: O O = 0, or U-PER O = 0.
        #expect(margins == [4, 4])
    }

    /// Decoding a stretch of a sentence on its own, with a token outside any
    /// name on each side, finds what decoding the whole sentence finds when
    /// those tokens can only be `O`, and the same margins.
    @Test func aStretchDecodedAloneMatchesTheSentenceAroundIt() {
        var transitions = [Float](repeating: 0, count: (tags.count + 1) * tags.count)
        for index in transitions.indices { transitions[index] = Float((index * 7919) % 13) / 4 - 1.5 }
        transitions = zip(transitions, tags.allowed).map { $1 ? $0 : EntityModel.forbidden }
        let decoder = SequenceDecoder(tags: tags, transitions: transitions)
        let count = 7
        var scores = (0..<count * tags.count).map { Float(($0 * 104_729) % 17) / 3 - 2 }
        // Tokens 0 and 6 outside any name: only `O` allowed.
        for token in [0, count - 1] {
            for tag in 1..<tags.count { scores[token * tags.count + tag] = EntityModel.forbidden }
        }
        scores.withUnsafeBufferPointer { scores in
            let (wholeTags, wholeForward) = decoder.decode(scores, count: count)
            let wholeMargins = decoder.margins(scores, count: count, tags: wholeTags, forward: wholeForward)
            let inner = UnsafeBufferPointer(rebasing: scores[tags.count..<(count - 1) * tags.count])
            let edges = SequenceDecoder.Edges(startsSentence: false, endsSentence: false)
            let (stretchTags, stretchForward) = decoder.decode(inner, count: count - 2, edges: edges)
            let stretchMargins = decoder.margins(
                inner, count: count - 2, tags: stretchTags, forward: stretchForward, edges: edges)
            #expect(wholeTags.first == TagSet.outside && wholeTags.last == TagSet.outside)
            #expect(Array(wholeTags[1..<count - 1]) == stretchTags)
            #expect(TagSet.spans(of: stretchTags).count > 0, "the scores should hold a name")
            for (whole, stretch) in zip(wholeMargins[1..<count - 1], stretchMargins) {
                #expect(abs(whole - stretch) < 1e-3)
            }
        }
    }
}

extension SequenceDecoder {
    /// The margin of each token (see ``margins(_:count:tags:forward:edges:backward:into:)``) as an array.
    fileprivate func margins(
        _ scores: UnsafeBufferPointer<Float>, count: Int, tags: [Int], forward: [Float], edges: Edges = .sentence
    ) -> [Float] {
        var margins = [Float](repeating: 0, count: count)
        var backward = [Float](repeating: 0, count: count * tagCount)
        backward.withUnsafeMutableBufferPointer { backward in
            margins.withUnsafeMutableBufferPointer { margins in
                self.margins(
                    scores, count: count, tags: tags, forward: forward, edges: edges, backward: backward.baseAddress!,
                    into: margins.baseAddress!)
            }
        }
        return margins
    }
}
