/// Where the brackets, parentheses and backtick runs of one line of Markdown
/// close, each kind found in one pass over the line when first asked for.
///
/// Searching forward from every opener instead would make a line of
/// thousands of unclosed `[` or of backtick runs of different lengths cost
/// quadratic time.
struct InlineClosers {
    private let source: UnsafeBufferPointer<UInt8>
    private let line: Range<Int>
    /// The closer of each `[` and `(` that has one, by the opener's index.
    private var pairs: [Int: Int]?
    /// The starts of the backtick runs of each length, in line order.
    private var backtickRuns: [Int: [Int]]?

    init(source: UnsafeBufferPointer<UInt8>, line: Range<Int>) {
        self.source = source
        self.line = line
    }

    /// The `]` or `)` that closes the `[` or `(` at `open`, counting nested
    /// pairs and skipping escaped characters, when it comes before `limit`.
    mutating func closer(of open: Int, before limit: Int) -> Int? {
        if pairs == nil { pairs = findPairs() }
        guard let close = pairs?[open], close < limit else { return nil }
        return close
    }

    /// The start of the first run of exactly as many backticks as `opening`
    /// after it, when that run ends by `limit`.
    mutating func closingRun(for opening: Range<Int>, before limit: Int) -> Int? {
        if backtickRuns == nil { backtickRuns = findBacktickRuns() }
        guard let starts = backtickRuns?[opening.count] else { return nil }
        var low = 0
        var high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] < opening.upperBound { low = middle + 1 } else { high = middle }
        }
        guard low < starts.count, starts[low] + opening.count <= limit else { return nil }
        return starts[low]
    }

    private func findPairs() -> [Int: Int] {
        var pairs: [Int: Int] = [:]
        var brackets: [Int] = []
        var parentheses: [Int] = []
        var index = line.lowerBound
        while index < line.upperBound {
            switch source[index] {
            case Byte.backslash:
                index += 1
            case Byte.openBracket:
                brackets.append(index)
            case Byte.closeBracket:
                if let open = brackets.popLast() { pairs[open] = index }
            case Byte.openParenthesis:
                parentheses.append(index)
            case Byte.closeParenthesis:
                if let open = parentheses.popLast() { pairs[open] = index }
            default:
                break
            }
            index += 1
        }
        return pairs
    }

    private func findBacktickRuns() -> [Int: [Int]] {
        var runs: [Int: [Int]] = [:]
        var index = line.lowerBound
        while index < line.upperBound {
            guard source[index] == Byte.backtick else {
                index += 1
                continue
            }
            let start = index
            while index < line.upperBound && source[index] == Byte.backtick { index += 1 }
            runs[index - start, default: []].append(start)
        }
        return runs
    }
}
