import TextPipeCore

/// The attributes of a tag, read lazily from its bytes.
struct HTMLAttributes: Sequence {
    /// One attribute: where its name and its value (without quotes) are.
    struct Attribute {
        var name: Range<Int>
        var value: Range<Int>
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private let range: Range<Int>

    /// The attributes in `bytes[range]` (a tag's ``HTMLTag/attributes``).
    init(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        self.bytes = bytes
        self.range = range
    }

    /// The value of the attribute called `name` (lower case), if present.
    func value(of name: [UInt8]) -> Range<Int>? {
        first { ByteMatching.equals(bytes, $0.name, name) }?.value
    }

    func makeIterator() -> Iterator { Iterator(bytes: bytes, index: range.lowerBound, end: range.upperBound) }

    /// Reads attributes one by one.
    struct Iterator: IteratorProtocol {
        fileprivate let bytes: UnsafeBufferPointer<UInt8>
        fileprivate var index: Int
        fileprivate let end: Int

        mutating func next() -> Attribute? {
            while index < end && (ASCII.isWhitespace(bytes[index]) || bytes[index] == Byte.slash) { index += 1 }
            guard index < end else { return nil }
            let nameStart = index
            // The first byte always belongs to the name, so a stray `=` cannot stall the loop.
            index += 1
            while index < end && !endsName(bytes[index]) { index += 1 }
            let name = nameStart..<index
            skipWhitespace()
            guard index < end, bytes[index] == Byte.equals else { return Attribute(name: name, value: index..<index) }
            index += 1
            skipWhitespace()
            guard index < end else { return Attribute(name: name, value: end..<end) }
            let quote = bytes[index]
            if quote == Byte.doubleQuote || quote == Byte.singleQuote {
                let valueStart = index + 1
                index = valueStart
                while index < end && bytes[index] != quote { index += 1 }
                let value = valueStart..<index
                index = Swift.min(index + 1, end)
                return Attribute(name: name, value: value)
            }
            let valueStart = index
            while index < end && !ASCII.isWhitespace(bytes[index]) { index += 1 }
            return Attribute(name: name, value: valueStart..<index)
        }

        private mutating func skipWhitespace() {
            while index < end && ASCII.isWhitespace(bytes[index]) { index += 1 }
        }

        private func endsName(_ byte: UInt8) -> Bool {
            ASCII.isWhitespace(byte) || byte == Byte.equals || byte == Byte.slash
        }
    }
}
