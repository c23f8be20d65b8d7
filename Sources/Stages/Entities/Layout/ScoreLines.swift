import TextPipeCore

/// Sports results and league tables as news wires print them, one line each:
///
/// ```
/// Harbour City 2 Westbrook 1
/// Millbank 1 ( Okafor 37 ) Eastleigh Rovers 2 ( Lund 12 , Kaye 80 )
/// Northgate 9 6 2 1 18-8 20
/// ```
///
/// A name followed by its score, or by a row of three or more figures, on a
/// line of nothing else, is a side: an organisation (the club), or a place
/// when it is a country (a national side, as the wires tag it). A name inside
/// a side's brackets followed by a minute is a scorer. The model learnt names
/// from prose and reads such lines badly ("Westbrook 1" as one name, a club
/// called after a weekday as a date), so these names win over its names and
/// over the date and number rules.
enum ScoreLines {
    /// The confidence of a side or scorer: the layout leaves little doubt.
    static let confidence = 0.9

    /// The longest side name, in words.
    private static let longestName = 5

    /// The sides and scorers of every score line of `text`, sorted.
    static func entities(in text: TokenText) -> [Entity] {
        var found: [Entity] = []
        var lineStart = 0
        while lineStart < text.count {
            var lineEnd = lineStart + 1
            while lineEnd < text.count && !text.hasLineBreak(before: lineEnd) { lineEnd += 1 }
            let reader = LineReader(text: text, line: lineStart..<lineEnd)
            if let names = reader.result() ?? reader.tableRow() {
                found += names.map { Entity(span: text.span(of: $0.tokens), label: $0.label, confidence: confidence) }
            }
            lineStart = lineEnd
        }
        return found
    }

    /// Reads one line as a result or a table row.
    private struct LineReader {
        let text: TokenText
        let line: Range<Int>

        /// The names of a result line: a side, its score and perhaps its
        /// scorers in brackets, twice, and nothing else.
        func result() -> [(tokens: Range<Int>, label: EntityLabel)]? {
            var names: [(tokens: Range<Int>, label: EntityLabel)] = []
            var index = line.lowerBound
            for _ in 0..<2 {
                guard let side = name(at: index), isScore(side.upperBound) else { return nil }
                names.append((side, label(ofSide: side)))
                index = side.upperBound + 1
                if let (scorers, end) = scorers(at: index) {
                    names += scorers.map { ($0, .person) }
                    index = end
                }
            }
            // A full stop may close the line.
            if index + 1 == line.upperBound && text.isMark(index, UInt8(ascii: ".")) { index += 1 }
            return index == line.upperBound ? names : nil
        }

        /// The side of a table row: a name, then three or more figures to the line's end.
        func tableRow() -> [(tokens: Range<Int>, label: EntityLabel)]? {
            guard let side = name(at: line.lowerBound), line.upperBound - side.upperBound >= 3,
                (side.upperBound..<line.upperBound).allSatisfy({ text.kind($0) == .number })
            else { return nil }
            return [(side, label(ofSide: side))]
        }

        /// The capitalised words from `start` ("St. Mirren", "Queen of the
        /// South": a dot after a word and lower-case function words inside
        /// go with them), ending on a capitalised word.
        private func name(at start: Int) -> Range<Int>? {
            guard start < line.upperBound, text.kind(start) == .word, text.isCapitalized(start) else { return nil }
            var end = start
            var lastCapitalised: Int?
            var words = 0
            while end < line.upperBound && words <= ScoreLines.longestName {
                if text.kind(end) == .word && text.isCapitalized(end) {
                    lastCapitalised = end
                    words += 1
                } else if text.kind(end) == .word && HeadlineWords.isLowercaseMinor(end, in: text) {
                    words += 1
                } else if !(text.isMark(end, UInt8(ascii: ".")) && text.isGluedToNext(end - 1)) {
                    break
                }
                end += 1
            }
            guard let last = lastCapitalised, words <= ScoreLines.longestName else { return nil }
            return start..<last + 1
        }

        /// Whether token `index` is on the line and a score: a number of at most three digits.
        private func isScore(_ index: Int) -> Bool {
            guard index < line.upperBound, text.kind(index) == .number, text.length(index) <= 3 else { return false }
            return (text.start(index)..<text.end(index)).allSatisfy { ASCII.isDigit(text.bytes[$0]) }
        }

        /// Scorers in brackets from `start`, "( Lund 12 , Kaye 80 )": their
        /// names and the index after the closing bracket.
        private func scorers(at start: Int) -> ([Range<Int>], Int)? {
            guard start < line.upperBound, text.isMark(start, UInt8(ascii: "(")) else { return nil }
            var names: [Range<Int>] = []
            var index = start + 1
            while index < line.upperBound && !text.isMark(index, UInt8(ascii: ")")) {
                guard let scorer = name(at: index), isScore(scorer.upperBound) else { return nil }
                names.append(scorer)
                index = scorer.upperBound + 1
                if index < line.upperBound && text.isMark(index, UInt8(ascii: ",")) { index += 1 }
            }
            return index < line.upperBound && !names.isEmpty ? (names, index + 1) : nil
        }

        /// A country's side is a place; any other side a club.
        private func label(ofSide side: Range<Int>) -> EntityLabel {
            let span = text.span(of: side)
            return Gazetteer.countries.contains(text.bytes, span.start..<span.end, foldingCase: true)
                ? .location : .organization
        }
    }
}
