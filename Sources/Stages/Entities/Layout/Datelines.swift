import TextPipeCore

/// A news wire's dateline: the line that opens a story with the place it was
/// filed from, in capitals, and the date: "ROME 1996-12-06", "SAN JOSE,
/// Costa Rica 1996-08-29". The place (and the country after a comma) is LOC;
/// a capitalised word alone on a line says too little for the model.
enum Datelines {
    /// The confidence of a dateline's place.
    static let confidence = 0.9

    /// The longest place, in words.
    private static let longestPlace = 4

    /// The places of the datelines of `text`: lines that end with one of
    /// `dates` (DATE entities, sorted) and begin with capitals before it.
    static func entities(in text: TokenText, dates: [Entity]) -> [Entity] {
        var found: [Entity] = []
        for date in dates where date.label == .date {
            guard let first = text.tokenIndex(startingAt: date.span.start), first > 0,
                let last = text.tokenIndex(endingAt: date.span.end),
                last + 1 == text.count || text.hasLineBreak(before: last + 1)
            else { continue }
            var lineStart = first
            while lineStart > 0 && !text.hasLineBreak(before: lineStart) { lineStart -= 1 }
            found += places(in: lineStart..<first, of: text)
        }
        return found
    }

    /// The place and country of a dateline's words before its date: capitals
    /// ("SAN JOSE"), then perhaps a comma and capitalised words ("Costa Rica").
    private static func places(in words: Range<Int>, of text: TokenText) -> [Entity] {
        var index = words.lowerBound
        while index < words.upperBound && text.kind(index) == .word && text.isAllCaps(index) { index += 1 }
        let place = words.lowerBound..<index
        guard !place.isEmpty, place.count <= longestPlace else { return [] }
        var found = [Entity(span: text.span(of: place), label: .location, confidence: confidence)]
        guard index < words.upperBound else { return found }
        guard text.isMark(index, UInt8(ascii: ",")), index + 1 < words.upperBound else { return [] }
        let country = index + 1..<words.upperBound
        guard country.count <= longestPlace,
            country.allSatisfy({ text.kind($0) == .word && text.isCapitalized($0) })
        else { return [] }
        found.append(Entity(span: text.span(of: country), label: .location, confidence: confidence))
        return found
    }
}

extension TokenText {
    /// The token that starts at byte `offset`, if one does.
    func tokenIndex(startingAt offset: Int) -> Int? {
        let index = firstToken(endingAfter: offset)
        return index < count && start(index) == offset ? index : nil
    }

    /// The token that ends at byte `offset` (or whose word, without a possessive, does), if one does.
    func tokenIndex(endingAt offset: Int) -> Int? {
        let index = firstToken(endingAfter: offset - 1)
        return index < count && (end(index) == offset || wordRange(index).upperBound == offset) ? index : nil
    }

    /// The first token that ends after byte `offset` (binary search).
    private func firstToken(endingAfter offset: Int) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if end(middle) <= offset { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
