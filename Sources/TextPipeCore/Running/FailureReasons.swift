/// Failed documents grouped by what went wrong, for the end-of-run summary:
/// messages that differ only in numbers or quoted names ("file is 12 MB,
/// over the 10 MB limit", "cannot open 'a.txt'") count as one reason.
public struct FailureReasons: Sendable {
    /// One reason: the stage, the first message seen for it, and how many
    /// documents failed for it.
    public struct Reason: Sendable, Equatable {
        public var stage: String
        public var example: String
        public var count: Int
    }

    /// Distinct reasons kept; failures for further reasons only add to ``otherCount``.
    static let distinctLimit = 256

    private var reasons: [Reason] = []
    private var indexByKey: [String: Int] = [:]
    /// Failures whose reason came after ``distinctLimit`` others.
    public private(set) var otherCount = 0

    public init() {}

    /// Counts one failure.
    public mutating func add(stage: String, message: String) {
        let key = stage + "\u{0}" + Self.shape(of: message)
        if let index = indexByKey[key] {
            reasons[index].count += 1
        } else if reasons.count < Self.distinctLimit {
            indexByKey[key] = reasons.count
            reasons.append(Reason(stage: stage, example: message, count: 1))
        } else {
            otherCount += 1
        }
    }

    /// The `limit` most frequent reasons, the most frequent first (ties in
    /// the order first seen).
    public func top(_ limit: Int) -> [Reason] {
        Array(reasons.enumerated().sorted { ($1.element.count, $0.offset) < ($0.element.count, $1.offset) }.prefix(limit).map(\.element))
    }

    /// How many failures have a reason outside the `limit` most frequent.
    public func failures(beyondTop limit: Int) -> Int {
        reasons.reduce(otherCount) { $0 + $1.count } - top(limit).reduce(0) { $0 + $1.count }
    }

    /// The message with digit runs and quoted text blanked out. A quote
    /// opens at `'` after a space or bracket (or first) and closes at `'`
    /// before a space, punctuation or the end, so an apostrophe ("can't")
    /// is text.
    static func shape(of message: String) -> String {
        let characters = Array(message)
        var shape = ""
        var inQuote = false
        var lastWasDigit = false
        for (index, character) in characters.enumerated() {
            if character == "'" {
                let before = index > 0 ? characters[index - 1] : " "
                let after = index + 1 < characters.count ? characters[index + 1] : " "
                if inQuote ? (after.isWhitespace || after.isPunctuation) : (before.isWhitespace || before == "(") {
                    inQuote.toggle()
                    shape.append(character)
                    lastWasDigit = false
                    continue
                }
            }
            if inQuote {
                continue
            } else if character.isNumber {
                if !lastWasDigit { shape.append("#") }
                lastWasDigit = true
                continue
            } else if lastWasDigit, character == "." || character == "," {
                continue
            }
            shape.append(character)
            lastWasDigit = false
        }
        return shape
    }
}
