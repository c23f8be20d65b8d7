import TextPipeCore

/// Amounts: money ("$1.13bn", "£600m", "US$5 million", "Rs 500", "20 euros"),
/// percentages ("76%", "3.5 per cent") and quantities ("5 km", "10kg", "6-foot",
/// "40 degrees"). The number may be digits or number words ("five million").
extension PatternMatcher {
    func money(at index: Int, in window: Range<Int>) -> Match? {
        var sign = index
        if text.kind(index) == .word, text.isGluedToNext(index), index + 1 < window.upperBound,
            text.isMark(index + 1, UInt8(ascii: "$")), !text.hasLowercase(index),
            text.isWord(index, in: PatternWords.dollarPrefixes)
        {
            sign = index + 1
        }
        var amount = sign + 1
        let isSymbol = text.kind(sign) == .symbol && text.isWord(sign, in: PatternWords.currencySymbols)
        if !isSymbol && isCurrencyCode(sign) && amount < window.upperBound && text.isMark(amount, UInt8(ascii: ".")) {
            amount += 1  // "Rs. 500"
        }
        if isSymbol || isCurrencyCode(sign) {
            guard amount < window.upperBound, let numeral = numeral(at: amount, in: window) else { return nil }
            guard numeral.suffix.isEmpty || bytes(numeral.suffix, in: PatternWords.solidMultipliers) else { return nil }
            return Match(tokens: index..<numeral.end, label: .money, confidence: 0.95)
        }
        guard let numeral = numeral(at: index, in: window), numeral.suffix.isEmpty else { return nil }
        var currency = numeral.end
        // "5 Canadian dollars"
        if currency + 1 < window.upperBound && text.isCapitalized(currency)
            && text.isWord(currency + 1, in: PatternWords.currencyNames)
        {
            currency += 1
        }
        guard currency < window.upperBound,
            text.isWord(currency, in: PatternWords.currencyNames) || isCurrencyCode(currency)
        else { return nil }
        return Match(tokens: index..<currency + 1, label: .money, confidence: 0.9)
    }

    func percent(at index: Int, in window: Range<Int>) -> Match? {
        guard let numeral = numeral(at: index, in: window), numeral.suffix.isEmpty else { return nil }
        let end = numeral.end
        guard end < window.upperBound else { return nil }
        if text.isMark(end, UInt8(ascii: "%")) || text.isWord(end, "percent") || text.isWord(end, "pct") {
            return Match(tokens: index..<end + 1, label: .percent, confidence: 0.95)
        }
        guard end + 1 < window.upperBound else { return nil }
        let isPerCent = text.isWord(end, "per") && text.isWord(end + 1, "cent")
        let isPoints = text.isWord(end, "percentage") && (text.isWord(end + 1, "point") || text.isWord(end + 1, "points"))
        return isPerCent || isPoints ? Match(tokens: index..<end + 2, label: .percent, confidence: 0.95) : nil
    }

    func quantity(at index: Int, in window: Range<Int>) -> Match? {
        guard let numeral = numeral(at: index, in: window) else { return nil }
        if !numeral.suffix.isEmpty {
            return bytes(numeral.suffix, in: PatternWords.units)
                ? Match(tokens: index..<numeral.end, label: .quantity, confidence: 0.9) : nil
        }
        var unit = numeral.end
        // "6-foot"
        if unit + 1 < window.upperBound && text.isMark(unit, UInt8(ascii: "-")) && text.isGluedToNext(unit - 1)
            && text.isGluedToNext(unit)
        {
            unit += 1
        }
        guard unit < window.upperBound else { return nil }
        if isDegreeSign(unit) {
            let scale = unit + 1
            let hasScale = scale < window.upperBound && text.isGluedToNext(unit)
                && text.isWord(scale, in: PatternWords.temperatureScales)
            return Match(tokens: index..<(hasScale ? scale + 1 : scale), label: .quantity, confidence: 0.9)
        }
        if unit + 1 < window.upperBound && text.isWord(unit, in: PatternWords.unitModifiers) { unit += 1 }
        guard text.kind(unit) == .word, text.length(unit) > 1, text.isWord(unit, in: PatternWords.units) else {
            return nil
        }
        var end = unit + 1
        if end < window.upperBound && text.isWord(unit, in: degreeWords)
            && text.isWord(end, in: PatternWords.temperatureScales)
        {
            end += 1
        }
        // "30 miles per hour"
        if end + 1 < window.upperBound && text.isWord(end, "per") && text.isWord(end + 1, in: rateUnits) { end += 2 }
        return Match(tokens: index..<end, label: .quantity, confidence: 0.9)
    }

    /// A number at `index`: digits ("1,500", "3.5") or number words ("twenty-five"),
    /// with a following multiplier ("3.5 billion"). `suffix` holds letters written
    /// solid after the last digit ("1.5bn", "10kg").
    func numeral(at index: Int, in window: Range<Int>) -> (end: Int, suffix: Range<Int>)? {
        if let number = reading(index) {
            guard number.isAmount else { return nil }
            var end = index + 1
            if number.suffix.isEmpty && end < window.upperBound && text.isWord(end, in: PatternWords.multipliers) {
                end += 1
            }
            return (end, number.suffix)
        }
        guard isNumberWord(index) else { return nil }
        var end = index + 1
        while end < window.upperBound {
            if isNumberWord(end) {
                end += 1
            } else if text.isWord(end, "and") && end + 1 < window.upperBound && isNumberWord(end + 1) {
                end += 2
            } else {
                break
            }
        }
        return (end, text.end(end - 1)..<text.end(end - 1))
    }

    /// "five", "Twenty", "twenty-five".
    private func isNumberWord(_ index: Int) -> Bool {
        guard text.kind(index) == .word else { return false }
        if text.isWord(index, in: PatternWords.numberWords) { return true }
        let range = text.start(index)..<text.end(index)
        guard let hyphen = range.first(where: { text.bytes[$0] == UInt8(ascii: "-") }) else { return false }
        return bytes(range.lowerBound..<hyphen, in: PatternWords.numberWords)
            && bytes(hyphen + 1..<range.upperBound, in: PatternWords.numberWords)
    }

    /// Upper-case codes ("USD 5", "5 EUR") and "Rs".
    private func isCurrencyCode(_ index: Int) -> Bool {
        guard text.kind(index) == .word, text.isWord(index, in: PatternWords.currencyCodes) else { return false }
        return text.isAllCaps(index) || text.isWord(index, "Rs", foldingCase: false)
    }

    /// "°", U+00B0.
    private func isDegreeSign(_ index: Int) -> Bool {
        text.length(index) == 2 && text.bytes[text.start(index)] == 0xC2 && text.bytes[text.start(index) + 1] == 0xB0
    }
}

private let degreeWords = WordSet(["degree", "degrees"])
private let rateUnits = WordSet(["hour", "second", "minute", "day", "week", "year", "gallon", "litre", "liter"])
