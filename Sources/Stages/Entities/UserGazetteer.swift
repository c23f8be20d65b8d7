import Foundation
import TextPipeCore

/// Phrases a user lists with their labels (option `gazetteer`). Where a phrase
/// occurs exactly (same case, whole tokens, words one space apart) it becomes
/// an entity with confidence 1 that replaces whatever else overlaps it.
struct UserGazetteer: Sendable {
    /// Hashes of the listed phrases (as written) and their labels.
    private let labels: [UInt64: EntityLabel]
    /// Hashes of the first tokens of longer phrases, so matching reads on.
    private let prefixes: Set<UInt64>
    /// The most tokens a phrase has.
    private let longest: Int

    /// The phrases of a file: YAML (`phrase: LABEL` per line) or, for a `.tsv`
    /// or `.txt` file, `phrase<TAB>LABEL` lines (blank lines and `#` comments skipped).
    init(contentsOfFile path: String) throws {
        let entries: [(phrase: String, label: String)]
        if path.hasSuffix(".tsv") || path.hasSuffix(".txt") {
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw StageError("cannot read the gazetteer '\(path)'")
            }
            entries = try Self.tabSeparatedEntries(text, path: path)
        } else {
            let map = try YAMLResource.decode([String: String].self, fromFile: path)
            entries = map.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        }
        try self.init(entries: entries, source: path)
    }

    /// The phrases of `entries`; `source` names them in errors.
    init(entries: [(phrase: String, label: String)], source: String) throws {
        let valid = Set(EntityLabel.standard)
        var labels: [UInt64: EntityLabel] = [:]
        var prefixes = Set<UInt64>()
        var longest = 0
        for (phrase, labelName) in entries {
            let label = EntityLabel(rawValue: labelName)
            guard valid.contains(label) else {
                throw StageError(
                    "\(source): unknown label '\(labelName)' for '\(phrase)'; valid labels are "
                        + EntityLabel.standard.map(\.rawValue).joined(separator: ", "))
            }
            let tokens = WordTokenizer.tokens(in: phrase)
            guard let last = tokens.last, tokens[0].span.start == 0, last.span.end == phrase.utf8.count else {
                throw StageError("\(source): the phrase '\(phrase)' is empty or has spaces around it")
            }
            let bytes = Array(phrase.utf8)
            labels[ByteHash.of(bytes)] = label
            for token in tokens.dropLast() { prefixes.insert(ByteHash.of(bytes[..<token.span.end])) }
            longest = max(longest, tokens.count)
        }
        self.labels = labels
        self.prefixes = prefixes
        self.longest = longest
    }

    private static func tabSeparatedEntries(_ text: String, path: String) throws -> [(phrase: String, label: String)] {
        var entries: [(phrase: String, label: String)] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let content = line.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !content.isEmpty, !content.hasPrefix("#") else { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 2 else {
                throw StageError("\(path):\(number + 1): expected 'phrase<TAB>LABEL'")
            }
            entries.append((fields[0].trimmingCharacters(in: .whitespaces), fields[1].trimmingCharacters(in: .whitespaces)))
        }
        return entries
    }

    /// The listed phrases found in `sentences` (token ranges), longest first from the left.
    func entities(in text: TokenText, sentences: [Range<Int>]) -> [Entity] {
        var found: [Entity] = []
        for sentence in sentences {
            var index = sentence.lowerBound
            while index < sentence.upperBound {
                if let (end, label) = longestMatch(at: index, in: sentence, of: text) {
                    found.append(Entity(span: Span(start: text.start(index), end: text.end(end - 1)), label: label, confidence: 1))
                    index = end
                } else {
                    index += 1
                }
            }
        }
        return found
    }

    /// The end (token index) and label of the longest phrase starting at `start`.
    private func longestMatch(at start: Int, in sentence: Range<Int>, of text: TokenText) -> (Int, EntityLabel)? {
        var found: (Int, EntityLabel)?
        var hash = ByteHash()
        var index = start
        let limit = min(sentence.upperBound, start + longest)
        while index < limit {
            for position in text.start(index)..<text.end(index) { hash.combine(text.bytes[position]) }
            if let label = labels[hash.value] { found = (index + 1, label) }
            guard prefixes.contains(hash.value), index + 1 < limit else { break }
            let gap = text.end(index)..<text.start(index + 1)
            guard gap.isEmpty || (gap.count == 1 && text.bytes[gap.lowerBound] == UInt8(ascii: " ")) else { break }
            for position in gap { hash.combine(text.bytes[position]) }
            index += 1
        }
        return found
    }
}
