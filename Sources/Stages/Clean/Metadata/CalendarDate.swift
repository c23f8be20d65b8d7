/// A day, and a time of day when one was given, as ``DateReader`` reads it.
struct CalendarDate: Equatable {
    /// A time of day and, when known, its offset from UTC.
    struct Time: Equatable {
        var hour: Int
        var minute: Int
        var second = 0
        /// Digits of a fraction of a second, written as given.
        var fraction = ""
        /// `Z`, or an offset such as `+05:30`; empty when the zone is unknown.
        var zone = ""
    }

    var year: Int
    var month: Int
    var day: Int
    var time: Time?

    /// The date when `year`, `month` and `day` make one.
    init?(year: Int, month: Int, day: Int) {
        guard (1800...2199).contains(year), (1...12).contains(month),
            (1...Self.days(inMonth: month, of: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// `2025-03-14`, or `2025-03-14T09:12:00` with the time and its zone.
    var iso8601: String {
        // Written byte by byte: it runs for every dated document.
        var text: [UInt8] = []
        text.reserveCapacity(32)
        Self.append(year, digits: 4, to: &text)
        text.append(UInt8(ascii: "-"))
        Self.append(month, digits: 2, to: &text)
        text.append(UInt8(ascii: "-"))
        Self.append(day, digits: 2, to: &text)
        if let time {
            text.append(UInt8(ascii: "T"))
            Self.append(time.hour, digits: 2, to: &text)
            text.append(UInt8(ascii: ":"))
            Self.append(time.minute, digits: 2, to: &text)
            text.append(UInt8(ascii: ":"))
            Self.append(time.second, digits: 2, to: &text)
            if !time.fraction.isEmpty {
                text.append(UInt8(ascii: "."))
                text.append(contentsOf: time.fraction.utf8)
            }
            text.append(contentsOf: time.zone.utf8)
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// `value` (0 to 99) in two digits.
    static func twoDigits(_ value: Int) -> String {
        var text: [UInt8] = []
        append(value, digits: 2, to: &text)
        return String(decoding: text, as: UTF8.self)
    }

    /// Appends `value` with leading zeros to `digits` digits.
    private static func append(_ value: Int, digits: Int, to text: inout [UInt8]) {
        var divisor = 1
        for _ in 1..<digits { divisor *= 10 }
        var rest = value
        while divisor > 0 {
            text.append(UInt8(ascii: "0") + UInt8(rest / divisor % 10))
            rest %= divisor
            divisor /= 10
        }
    }

    private static func days(inMonth month: Int, of year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
