import TextPipeCore

/// Finds IP addresses: IPv4 as four dotted numbers from 0 to 255 (no leading
/// zeros), and IPv6 as up to eight groups of 1–4 hex digits joined by colons,
/// all eight written out or some left out with one `::`.
enum IPAddressScanner {
    /// The spans of the addresses in `bytes`.
    static func spans(in bytes: UnsafeBufferPointer<UInt8>) -> [Span] {
        var spans: [Span] = []
        var index = 0
        while index < bytes.count {
            if canStart(bytes, at: index), let end = ipv6End(bytes, from: index) ?? ipv4End(bytes, from: index) {
                spans.append(Span(start: index, end: end))
                index = end
            } else {
                index += 1
            }
        }
        return spans
    }

    /// Not inside a word, a number or a longer dotted or colon-joined value.
    private static func canStart(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let byte = bytes[index]
        guard isHexDigit(byte) || byte == UInt8(ascii: ":") else { return false }
        guard index > 0 else { return true }
        let previous = bytes[index - 1]
        return !ASCII.isAlphanumeric(previous) && previous != UInt8(ascii: ".") && previous != UInt8(ascii: ":")
    }

    private static func ipv4End(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        for octet in 0..<4 {
            if octet > 0 {
                guard index < bytes.count, bytes[index] == UInt8(ascii: ".") else { return nil }
                index += 1
            }
            let end = NumberBoundary.digitRunEnd(bytes, from: index)
            let length = end - index
            guard (1...3).contains(length), length == 1 || bytes[index] != UInt8(ascii: "0") else { return nil }
            let value = (index..<end).reduce(0) { $0 * 10 + Int(bytes[$1] - UInt8(ascii: "0")) }
            guard value <= 255 else { return nil }
            index = end
        }
        return NumberBoundary.canEnd(bytes, at: index) ? index : nil
    }

    private static func ipv6End(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        var groups = 0
        var shortened = false
        var hasDigit = false
        if bytes[index] == UInt8(ascii: ":") {
            guard index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: ":") else { return nil }
            shortened = true
            index += 2
        }
        while index < bytes.count && groups < 8 {
            var end = index
            while end < bytes.count && isHexDigit(bytes[end]) {
                hasDigit = hasDigit || ASCII.isDigit(bytes[end])
                end += 1
            }
            guard end - index <= 4 else { return nil }
            if end == index { break }
            groups += 1
            index = end
            guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: ":") else { break }
            if bytes[index + 1] == UInt8(ascii: ":") {
                guard !shortened else { return nil }
                shortened = true
                index += 2
            } else if isHexDigit(bytes[index + 1]) {
                index += 1
            } else {
                break
            }
        }
        // Words of hex letters around `::` (`add::face`) are code, not addresses.
        let complete = shortened ? (1...7).contains(groups) && hasDigit : groups == 8
        return complete && NumberBoundary.canEnd(bytes, at: index) ? index : nil
    }

    @inline(__always)
    private static func isHexDigit(_ byte: UInt8) -> Bool {
        ASCII.isDigit(byte) || (byte | 0x20) &- UInt8(ascii: "a") < 6
    }
}
