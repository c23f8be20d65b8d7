import TextPipeCore

/// Pairs the `*` and `_` runs of a line that mark emphasis (`*a*`, `__b__`),
/// so their markers can be dropped while every other `*` and `_` stays.
///
/// Stricter than Markdown: a run opens only after a space, punctuation or
/// the line start, and closes only before one, never inside a word. So
/// `snake_case_names`, `2*3*4` and `2 * 3` keep their characters.
enum EmphasisDelimiters {
    /// A run of one delimiter character.
    struct Run {
        var range: Range<Int>
        var marker: UInt8
        var canOpen: Bool
        var canClose: Bool
        /// How many characters pairing took; they come off the end of an
        /// opener and the start of a closer, which is the same for identical characters.
        var used = 0

        /// The characters that stay in the text.
        var kept: Range<Int> { range.lowerBound..<(range.upperBound - used) }
        var available: Int { range.count - used }
    }

    /// The run at `run`, with what its neighbours inside `line` allow it to do.
    static func run(_ bytes: UnsafeBufferPointer<UInt8>, _ run: Range<Int>, in line: Range<Int>) -> Run {
        let before = run.lowerBound > line.lowerBound
            ? neighbour(bytes, at: UTF8Decoding.previousScalarStart(in: bytes, before: run.lowerBound)) : .edge
        let after = run.upperBound < line.upperBound ? neighbour(bytes, at: run.upperBound) : .edge
        return Run(
            range: run, marker: bytes[run.lowerBound],
            canOpen: before != .word && after != .space && after != .edge,
            canClose: after != .word && before != .space && before != .edge)
    }

    /// Pairs closers with the nearest earlier opener of the same character,
    /// as many characters as both have; openers skipped over stay unpaired.
    static func pair(_ runs: inout [Run]) {
        var openers = OpenerStack()
        for closer in runs.indices {
            if runs[closer].canClose {
                while runs[closer].available > 0, let position = openers.lastPosition(of: runs[closer].marker) {
                    let opener = openers.runs[position]
                    let count = min(runs[opener].available, runs[closer].available)
                    runs[opener].used += count
                    runs[closer].used += count
                    openers.removeAll(from: runs[opener].available == 0 ? position : position + 1)
                }
            }
            if runs[closer].canOpen && runs[closer].available > 0 { openers.push(closer, marker: runs[closer].marker) }
        }
    }

    /// The runs that may still open emphasis, innermost last, and where the
    /// last ones of each marker are among them: finding an opener takes
    /// constant time however many runs of the other marker wait above it.
    private struct OpenerStack {
        private(set) var runs: [Int] = []
        private var asterisks: [Int] = []
        private var underscores: [Int] = []

        func lastPosition(of marker: UInt8) -> Int? {
            marker == Byte.asterisk ? asterisks.last : underscores.last
        }

        mutating func push(_ run: Int, marker: UInt8) {
            if marker == Byte.asterisk { asterisks.append(runs.count) } else { underscores.append(runs.count) }
            runs.append(run)
        }

        /// Drops the openers from `position` on: those a closer skipped over stay unpaired.
        mutating func removeAll(from position: Int) {
            runs.removeSubrange(position...)
            while let last = asterisks.last, last >= position { asterisks.removeLast() }
            while let last = underscores.last, last >= position { underscores.removeLast() }
        }
    }

    private enum Neighbour {
        case edge, space, punctuation, word
    }

    private static func neighbour(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Neighbour {
        let byte = bytes[index]
        if byte < 0x80 {
            if ASCII.isWhitespace(byte) { return .space }
            return ASCII.isAlphanumeric(byte) ? .word : .punctuation
        }
        let properties = UTF8Decoding.scalar(in: bytes, at: index).0.properties
        if properties.isWhitespace { return .space }
        switch properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
            .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return .punctuation
        default:
            return .word
        }
    }
}
