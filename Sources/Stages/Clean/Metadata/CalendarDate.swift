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
        var text = "\(year)-\(Self.twoDigits(month))-\(Self.twoDigits(day))"
        if let time {
            text += "T\(Self.twoDigits(time.hour)):\(Self.twoDigits(time.minute)):\(Self.twoDigits(time.second))"
            if !time.fraction.isEmpty { text += "." + time.fraction }
            text += time.zone
        }
        return text
    }

    /// `value` (0 to 99) in two digits.
    static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }

    private static func days(inMonth month: Int, of year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
