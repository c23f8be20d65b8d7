import TextPipeCore

/// The names found in a document so far, each with its token range, in text
/// order: what the rules after tagging add to.
enum FoundNames {
    /// For each token of a text of `count` tokens, whether one of `tokenRanges` covers it.
    static func covered(by tokenRanges: [Range<Int>], count: Int) -> [Bool] {
        var covered = [Bool](repeating: false, count: count)
        for tokens in tokenRanges { for index in tokens { covered[index] = true } }
        return covered
    }

    /// `names` and their `tokenRanges` with `added` ones (overlapping none of
    /// them) put in, all in text order.
    static func merging(
        _ names: [Entity], _ tokenRanges: [Range<Int>], with added: [(Entity, Range<Int>)]
    ) -> (names: [Entity], tokenRanges: [Range<Int>]) {
        guard !added.isEmpty else { return (names, tokenRanges) }
        let all = (Array(zip(names, tokenRanges)) + added).sorted { $0.0.span < $1.0.span }
        return (all.map(\.0), all.map(\.1))
    }
}
