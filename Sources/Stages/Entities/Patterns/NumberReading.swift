import TextPipeCore

/// What a number token says: its digit groups, the separators between them and
/// any letters written solid after it ("10km", "1.5bn", "5th", "7pm").
struct NumberReading {
    /// Which separators occur between the digit groups.
    struct Separators: OptionSet {
        let rawValue: UInt8
        static let comma = Separators(rawValue: 1)
        static let dot = Separators(rawValue: 2)
        static let colon = Separators(rawValue: 4)
        static let dash = Separators(rawValue: 8)
        static let slash = Separators(rawValue: 16)
    }

    /// The value of each digit group, in order (at most four are kept).
    private(set) var groups = FirstFour()
    /// The number of digits of each group (of the first four).
    private(set) var groupLengths = FirstFour()
    private(set) var separators: Separators = []
    /// The bytes of the trailing letters; empty when there are none.
    private(set) var suffix: Range<Int>

    /// Reads the number token spanning `range`; nil when it does not start with an ASCII digit.
    init?(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        guard !range.isEmpty, ASCII.isDigit(bytes[range.lowerBound]) else { return nil }
        var position = range.lowerBound
        var value = 0
        var length = 0
        while position < range.upperBound {
            let byte = bytes[position]
            if ASCII.isDigit(byte) {
                value = length < 12 ? value * 10 + Int(byte - 0x30) : value
                length += 1
            } else if ASCII.isLetter(byte) {
                break
            } else {
                groups.append(value)
                groupLengths.append(length)
                value = 0
                length = 0
                switch byte {
                case UInt8(ascii: ","): separators.insert(.comma)
                case UInt8(ascii: "."): separators.insert(.dot)
                case UInt8(ascii: ":"): separators.insert(.colon)
                case UInt8(ascii: "-"): separators.insert(.dash)
                case UInt8(ascii: "/"): separators.insert(.slash)
                default: return nil
                }
            }
            position += 1
        }
        groups.append(value)
        groupLengths.append(length)
        suffix = position..<range.upperBound
    }

    /// A whole number written with digits only ("2024", not "2,024" or "5th").
    var plainInteger: Int? {
        groups.count == 1 && suffix.isEmpty ? groups[0] : nil
    }

    /// Digits only, maybe with letters after them ("22", "22nd", "7pm").
    var integerPart: Int? {
        groups.count == 1 ? groups[0] : nil
    }

    /// Whether the number is an amount: digits with thousands commas or a decimal point only.
    var isAmount: Bool {
        separators.subtracting([.comma, .dot]).isEmpty
    }

    /// Whether a whole number is a plausible year for dates in running text.
    static func isYear(_ value: Int, digits: Int) -> Bool {
        digits == 4 && (1800...2099).contains(value)
    }
}

extension NumberReading {
    /// The first four numbers appended, kept in place: reading a number
    /// allocates nothing.
    struct FirstFour: RandomAccessCollection, Equatable, ExpressibleByArrayLiteral {
        private var values = SIMD4<Int>()
        private(set) var endIndex = 0
        var startIndex: Int { 0 }

        init() {}

        init(arrayLiteral elements: Int...) {
            for element in elements { append(element) }
        }

        subscript(position: Int) -> Int {
            precondition(position >= 0 && position < endIndex, "index out of range")
            return values[position]
        }

        /// Adds `value` after the others; past four, it is left out.
        mutating func append(_ value: Int) {
            guard endIndex < 4 else { return }
            values[endIndex] = value
            endIndex += 1
        }

        static func == (left: FirstFour, right: FirstFour) -> Bool {
            left.elementsEqual(right)
        }
    }
}
