import TextPipeCore

/// The English month and weekday names ``DateReader`` knows, lower case.
enum DateWords {
    /// The number of the month `bytes[word]` names, in full or abbreviated, any case.
    static func month(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Int? {
        monthNames.first { ByteMatching.equals(bytes, word, $0.name) }?.month
    }

    /// Whether `bytes[word]` names a weekday, in full or abbreviated, any case.
    static func isWeekday(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
        weekdays.contains(bytes, word, foldingCase: true)
    }

    private static let monthNames: [(name: [UInt8], month: Int)] = {
        let names = [
            "january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december",
        ]
        let full = names.enumerated().map { (Array($0.element.utf8), $0.offset + 1) }
        let abbreviated = names.enumerated().map { (Array($0.element.utf8.prefix(3)), $0.offset + 1) }
        return full + abbreviated + [(Array("sept".utf8), 9)]
    }()

    private static let weekdays = WordSet([
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ])
}
