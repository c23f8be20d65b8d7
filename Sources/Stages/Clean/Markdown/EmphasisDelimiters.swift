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
        var openers: [Int] = []
        for closer in runs.indices {
            if runs[closer].canClose {
                while runs[closer].available > 0,
                    let position = openers.lastIndex(where: { runs[$0].marker == runs[closer].marker })
                {
                    let opener = openers[position]
                    let count = min(runs[opener].available, runs[closer].available)
                    runs[opener].used += count
                    runs[closer].used += count
                    openers.removeSubrange((runs[opener].available == 0 ? position : position + 1)...)
                }
            }
            if runs[closer].canOpen && runs[closer].available > 0 { openers.append(closer) }
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
