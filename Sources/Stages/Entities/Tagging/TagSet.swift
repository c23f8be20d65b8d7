import TextPipeCore

/// The BILOU tags of a sequence labeller over a list of entity labels: `O`
/// (outside), then for each label `B` (begins), `I` (inside), `L` (last) and
/// `U` (a one-token entity). Tag 0 is `O`; label `l` has tags `1 + 4l ..< 5 + 4l`.
struct TagSet: Sendable {
    /// Where in an entity a token is.
    enum Position: Int {
        case begin = 0, inside, last, unit
    }

    /// The labels, in the model's order.
    let labels: [EntityLabel]
    /// The number of tags, `O` included.
    let count: Int
    /// `allowed[previous * count + next]`: whether `next` may follow `previous`;
    /// row `count` is the sentence start.
    let allowed: [Bool]
    /// Whether a sentence may end on each tag.
    let canEnd: [Bool]

    static let outside = 0

    init(labels: [EntityLabel]) {
        self.labels = labels
        let count = 1 + 4 * labels.count
        self.count = count
        var allowed = [Bool](repeating: false, count: (count + 1) * count)
        var canEnd = [Bool](repeating: false, count: count)
        for previous in 0...count {
            let open = previous < count ? Self.openLabel(previous) : nil
            for next in 0..<count {
                let position = Self.position(next)
                let label = Self.label(next)
                if let open {
                    // Inside an entity only I or L of the same label may come.
                    allowed[previous * count + next] = label == open && (position == .inside || position == .last)
                } else {
                    allowed[previous * count + next] = position == nil || position == .begin || position == .unit
                }
            }
        }
        for tag in 0..<count { canEnd[tag] = Self.openLabel(tag) == nil }
        self.allowed = allowed
        self.canEnd = canEnd
    }

    /// The tag of `label` (an index into ``labels``) at `position`.
    @inline(__always)
    static func tag(label: Int, _ position: Position) -> Int { 1 + 4 * label + position.rawValue }

    /// The label index of a tag, nil for `O`.
    @inline(__always)
    static func label(_ tag: Int) -> Int? { tag == outside ? nil : (tag - 1) / 4 }

    /// The position of a tag, nil for `O`.
    @inline(__always)
    static func position(_ tag: Int) -> Position? { tag == outside ? nil : Position(rawValue: (tag - 1) % 4) }

    /// The label an unfinished entity has after `tag` (B or I), else nil.
    private static func openLabel(_ tag: Int) -> Int? {
        guard let position = position(tag), position == .begin || position == .inside else { return nil }
        return label(tag)
    }

    /// The entities of a tag sequence as token ranges (offsets into `tags`) and label indices.
    static func spans(of tags: some Sequence<Int>) -> [(tokens: Range<Int>, label: Int)] {
        var spans: [(tokens: Range<Int>, label: Int)] = []
        var start: Int?
        for (index, tag) in tags.enumerated() {
            guard let position = position(tag), let label = label(tag) else {
                start = nil
                continue
            }
            switch position {
            case .unit: spans.append((index..<index + 1, label))
            case .begin: start = index
            case .inside: break
            case .last:
                if let begin = start { spans.append((begin..<index + 1, label)) }
                start = nil
            }
        }
        return spans
    }

    /// The tag sequence of `length` tokens holding `spans` (not overlapping).
    static func tags(length: Int, spans: [(tokens: Range<Int>, label: Int)]) -> [Int] {
        var tags = [Int](repeating: outside, count: length)
        for span in spans {
            if span.tokens.count == 1 {
                tags[span.tokens.lowerBound] = tag(label: span.label, .unit)
                continue
            }
            for index in span.tokens { tags[index] = tag(label: span.label, .inside) }
            tags[span.tokens.lowerBound] = tag(label: span.label, .begin)
            tags[span.tokens.upperBound - 1] = tag(label: span.label, .last)
        }
        return tags
    }
}
