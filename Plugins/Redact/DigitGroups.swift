import TextPipeCore

/// Groups of digits joined by short separators, as in `0171 555-0199` or
/// `4111 1111 1111 1111`: the shape phone and card numbers share.
struct DigitGroups {
    /// Where each group starts and ends, in bytes.
    private(set) var groups: [Range<Int>] = []
    /// The separator bytes before each group after the first.
    private(set) var gaps: [ArraySlice<UInt8>] = []

    /// Reads groups from the digit at `start`. `gapLength` says how many bytes
    /// at an index form an acceptable separator (0 for none); any other byte
    /// ends the run.
    init(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int,
        gapLength: (UnsafeBufferPointer<UInt8>, Int) -> Int
    ) {
        var groupStart = start
        while true {
            let groupEnd = NumberBoundary.digitRunEnd(bytes, from: groupStart)
            groups.append(groupStart..<groupEnd)
            guard groupEnd < bytes.count else { return }
            let next = groupEnd + gapLength(bytes, groupEnd)
            guard next > groupEnd, next < bytes.count, ASCII.isDigit(bytes[next]) else { return }
            gaps.append(ArraySlice(UnsafeBufferPointer(rebasing: bytes[groupEnd..<next])))
            groupStart = next
        }
    }

    /// The number of digits in the first `count` groups.
    func digitCount(ofFirst count: Int) -> Int {
        groups[..<count].reduce(0) { $0 + $1.count }
    }

    /// The digit values of the first `count` groups, in order.
    func digits(ofFirst count: Int, in bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        groups[..<count].flatMap { range in range.map { bytes[$0] &- UInt8(ascii: "0") } }
    }
}
