import TextPipeCore

/// Reads a date, and the time when one follows it, as pages write them, for
/// ``CalendarDate/iso8601``: the one place the clean stage turns dates into
/// ISO 8601, for HTML markup and for text datelines alike.
///
/// Dates: "2025-03-14", "2025-03-14T09:12:00Z", "14 Mar 2025", "14th of
/// March, 2025", "March 14, 2025", "Mar. 14 2025", "Friday, 14 March 2025",
/// "14.03.2025" (day first), "14/03/2025" and "3/14/2025" (only when one
/// number is over 12, so the order is plain). English month and weekday
/// names, any case. A day without a month and year ("Friday", "14 March") is
/// no date: the year cannot be told.
///
/// Times after the date: "09:12", "9.12 am", "09:12:30 PM", "at 9:12 a.m.",
/// ", 18:45 GMT", "10:00 +01:00". UTC and GMT become `Z` and numeric offsets
/// are kept; other zone names (IST, EST, CET) are read but not written, as
/// several places share each of them.
enum DateReader {
    /// `text` in ISO 8601 when the whole of it (bar a final `.`) is a date.
    static func iso8601(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { bytes in
            wholeLineDate(in: bytes, ByteMatching.trimmed(bytes, 0..<bytes.count))?.iso8601
        }
    }

    /// The first date in `bytes[range]` and the bytes it spans.
    static func firstDate(
        in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>
    ) -> (date: CalendarDate, span: Range<Int>)? {
        // Every date has a digit; most lines at the top of a text have none.
        guard range.contains(where: { ASCII.isDigit(bytes[$0]) }) else { return nil }
        for start in range where ASCII.isAlphanumeric(bytes[start]) {
            guard start == range.lowerBound || !ASCII.isAlphanumeric(bytes[start - 1]) else { continue }
            if let found = date(in: bytes, startingAt: start, end: range.upperBound) {
                return (found.date, start..<found.end)
            }
        }
        return nil
    }

    /// The date that fills `bytes[line]`, bar spaces and closing punctuation.
    static func wholeLineDate(in bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> CalendarDate? {
        guard let first = line.first, ASCII.isAlphanumeric(bytes[first]),
            let found = date(in: bytes, startingAt: first, end: line.upperBound),
            endsLine(bytes, after: found.end, end: line.upperBound)
        else { return nil }
        return found.date
    }

    /// Whether only spaces and closing punctuation follow `end` in the line.
    private static func endsLine(_ bytes: UnsafeBufferPointer<UInt8>, after end: Int, end lineEnd: Int) -> Bool {
        (end..<lineEnd).allSatisfy { ASCII.isWhitespace(bytes[$0]) || closingMarks.contains(bytes[$0]) }
    }

    private static let closingMarks: Set<UInt8> = Set(".,;*_)]".utf8)
    private static let dot = UInt8(ascii: ".")
    private static let comma = UInt8(ascii: ",")
    private static let ordinalEndings: [StaticString] = ["st", "nd", "rd", "th"]

    /// The date starting at `start`, with its time, and where it ends.
    private static func date(
        in bytes: UnsafeBufferPointer<UInt8>, startingAt start: Int, end: Int
    ) -> (date: CalendarDate, end: Int)? {
        var scanner = DateScanner(bytes: bytes, position: start, end: end)
        if var date = isoDate(&scanner) {
            date.time = isoTime(&scanner) ?? time(&scanner)
            return (date, scanner.position)
        }
        weekday(&scanner)
        guard var date = attempt(&scanner, dayFirst) ?? attempt(&scanner, monthFirst) ?? attempt(&scanner, numeric)
        else { return nil }
        date.time = time(&scanner)
        return (date, scanner.position)
    }

    /// Runs `read` on a copy of the scanner, keeping the copy when it succeeds.
    private static func attempt<Value>(_ scanner: inout DateScanner, _ read: (inout DateScanner) -> Value?) -> Value? {
        var trial = scanner
        guard let value = read(&trial) else { return nil }
        scanner = trial
        return value
    }

    // MARK: - Dates

    /// "2025-03-14".
    private static func isoDate(_ scanner: inout DateScanner) -> CalendarDate? {
        attempt(&scanner) { scanner in
            guard let year = scanner.number(4...4), scanner.take(Byte.hyphen), let month = scanner.number(2...2),
                scanner.take(Byte.hyphen), let day = scanner.number(2...2)
            else { return nil }
            return CalendarDate(year: year, month: month, day: day)
        }
    }

    /// "14 Mar 2025", "14th of March, 2025".
    private static func dayFirst(_ scanner: inout DateScanner) -> CalendarDate? {
        guard let day = dayOfMonth(&scanner) else { return nil }
        scanner.skipSpaces()
        _ = scanner.take(word: "of")
        scanner.skipSpaces()
        guard let month = month(&scanner), let year = year(&scanner) else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    /// "March 14, 2025", "Mar. 14 2025".
    private static func monthFirst(_ scanner: inout DateScanner) -> CalendarDate? {
        guard let month = month(&scanner) else { return nil }
        scanner.skipSpaces()
        guard let day = dayOfMonth(&scanner), let year = year(&scanner) else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }

    /// "14.03.2025", "14-03-2025", and "14/03/2025" or "03/14/2025" when the order is plain.
    private static func numeric(_ scanner: inout DateScanner) -> CalendarDate? {
        guard let first = scanner.number(1...2) else { return nil }
        let separator = [Byte.slash, dot, Byte.hyphen].first { scanner.take($0) }
        guard let separator, let second = scanner.number(1...2), scanner.take(separator),
            let year = scanner.number(4...4)
        else { return nil }
        if separator != Byte.slash || first > 12 { return CalendarDate(year: year, month: second, day: first) }
        guard second > 12 else { return nil }
        return CalendarDate(year: year, month: first, day: second)
    }

    /// A day number, with an ordinal ending ("14th") if it has one.
    private static func dayOfMonth(_ scanner: inout DateScanner) -> Int? {
        guard let day = scanner.number(1...2) else { return nil }
        _ = ordinalEndings.first { scanner.take(word: $0) }
        return day
    }

    /// A month name or abbreviation ("Mar."), and the spaces after it.
    private static func month(_ scanner: inout DateScanner) -> Int? {
        guard let month = attempt(&scanner, { scanner in scanner.word().flatMap { DateWords.month(scanner.bytes, $0) } })
        else { return nil }
        _ = scanner.take(dot)
        scanner.skipSpaces()
        return month
    }

    /// A four-digit year after an optional comma.
    private static func year(_ scanner: inout DateScanner) -> Int? {
        scanner.skipSpaces()
        _ = scanner.take(comma)
        scanner.skipSpaces()
        return scanner.number(4...4)
    }

    /// A weekday name ("Friday, ", "Fri. ") when one comes next.
    private static func weekday(_ scanner: inout DateScanner) {
        _ = attempt(&scanner) { scanner -> Bool? in
            guard let word = scanner.word(), DateWords.isWeekday(scanner.bytes, word) else { return nil }
            _ = scanner.take(dot)
            _ = scanner.take(comma)
            scanner.skipSpaces()
            return true
        }
    }

    // MARK: - Times

    /// "T09:12:00.5Z" or " 09:12" right after an ISO date.
    private static func isoTime(_ scanner: inout DateScanner) -> CalendarDate.Time? {
        attempt(&scanner) { scanner in
            guard scanner.take(UInt8(ascii: "t")) || scanner.take(Byte.space), let hour = scanner.number(2...2),
                scanner.take(Byte.colon),
                let minute = scanner.number(2...2)
            else { return nil }
            var time = CalendarDate.Time(hour: hour, minute: minute)
            if scanner.take(Byte.colon) {
                guard let second = scanner.number(2...2) else { return nil }
                time.second = second
                if scanner.take(dot) || scanner.take(comma) { time.fraction = digits(&scanner) }
            }
            time.zone = scanner.take(UInt8(ascii: "z")) ? "Z" : zone(&scanner)
            return isValid(time) ? time : nil
        }
    }

    /// ", 09:12 AM IST", " at 9.12 a.m.", " - 18:45 GMT" after a date.
    private static func time(_ scanner: inout DateScanner) -> CalendarDate.Time? {
        attempt(&scanner) { scanner in
            scanner.skipSpaces()
            if timeSeparators.contains(where: { scanner.take($0) }) || scanner.take(word: "at") { scanner.skipSpaces() }
            guard var hour = scanner.number(1...2), scanner.take(Byte.colon) || scanner.take(dot),
                let minute = scanner.number(2...2)
            else { return nil }
            var second = 0
            if scanner.take(Byte.colon) {
                guard let seconds = scanner.number(2...2) else { return nil }
                second = seconds
            }
            if let isAfternoon = halfOfDay(&scanner) {
                guard (1...12).contains(hour) else { return nil }
                hour = hour % 12 + (isAfternoon ? 12 : 0)
            }
            var time = CalendarDate.Time(hour: hour, minute: minute, second: second)
            time.zone = zone(&scanner)
            return isValid(time) ? time : nil
        }
    }

    private static let timeSeparators = [",", "|", "-", "\u{2013}", "\u{2014}", "\u{B7}", "\u{2022}", "/"]
        .map { Array($0.utf8) }

    /// "am", "PM", "a.m.": whether it is the afternoon; `nil` when none comes next.
    private static func halfOfDay(_ scanner: inout DateScanner) -> Bool? {
        attempt(&scanner) { scanner in
            scanner.skipSpaces()
            guard let word = scanner.word() else { return nil }
            if scanner.word(word, is: "am") || scanner.word(word, is: "pm") {
                return scanner.word(word, is: "pm")
            }
            guard scanner.word(word, is: "a") || scanner.word(word, is: "p"), scanner.take(dot),
                scanner.take(word: "m")
            else { return nil }
            _ = scanner.take(dot)
            return scanner.word(word, is: "p")
        }
    }

    /// `Z` for UTC and GMT, `+05:30` for an offset, and nothing for other
    /// zone names, which are passed over.
    private static func zone(_ scanner: inout DateScanner) -> String {
        var trial = scanner
        trial.skipSpaces()
        if let offset = attempt(&trial, { offset(&$0, hourDigits: 2...2) }) {
            scanner = trial
            return offset
        }
        guard let name = trial.word(), (2...5).contains(name.count), name.allSatisfy({ ASCII.isUpper(trial.bytes[$0]) })
        else { return "" }
        scanner = trial
        if scanner.word(name, is: "utc") || scanner.word(name, is: "gmt") {
            // After a zone name one digit is an hour too ("GMT+1").
            return attempt(&scanner, { offset(&$0, hourDigits: 1...2) }) ?? "Z"
        }
        return ""
    }

    /// "+05:30", "-0800", "+01"; "+1" too when `hourDigits` allows one digit.
    private static func offset(_ scanner: inout DateScanner, hourDigits: ClosedRange<Int>) -> String? {
        let sign = scanner.take(UInt8(ascii: "+")) ? "+" : scanner.take(Byte.hyphen) ? "-" : ""
        guard !sign.isEmpty else { return nil }
        var hours: Int
        var minutes = 0
        if let packed = scanner.number(4...4) {
            (hours, minutes) = packed.quotientAndRemainder(dividingBy: 100)
        } else {
            guard let value = scanner.number(hourDigits) else { return nil }
            hours = value
            if scanner.take(Byte.colon) {
                guard let value = scanner.number(2...2) else { return nil }
                minutes = value
            }
        }
        guard hours <= 14, minutes < 60 else { return nil }
        return sign + CalendarDate.twoDigits(hours) + ":" + CalendarDate.twoDigits(minutes)
    }

    private static func digits(_ scanner: inout DateScanner) -> String {
        let start = scanner.position
        while !scanner.isAtEnd && ASCII.isDigit(scanner.bytes[scanner.position]) { scanner.position += 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: scanner.bytes[start..<scanner.position]), as: UTF8.self)
    }

    private static func isValid(_ time: CalendarDate.Time) -> Bool {
        time.hour < 24 && time.minute < 60 && time.second <= 60
    }
}
