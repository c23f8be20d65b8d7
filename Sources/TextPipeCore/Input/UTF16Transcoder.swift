/// Turns UTF-16 text into UTF-8, a piece at a time, so a file can be
/// converted whole or streamed in chunks that split code units anywhere.
///
/// Unpaired surrogates and an odd last byte become U+FFFD; the positions
/// where that happened are reported so the reader can warn about them.
struct UTF16Transcoder {
    /// The order of the two bytes of a code unit.
    enum ByteOrder: Sendable {
        case littleEndian
        case bigEndian
    }

    /// The byte order that the byte order mark at the start of `bytes` gives
    /// (FF FE little endian, FE FF big endian), or nil without a UTF-16 one.
    static func byteOrder(markedAtStartOf bytes: some Collection<UInt8>) -> ByteOrder? {
        var iterator = bytes.makeIterator()
        switch (iterator.next(), iterator.next()) {
        case (0xFF?, 0xFE?): return .littleEndian
        case (0xFE?, 0xFF?): return .bigEndian
        default: return nil
        }
    }

    /// The length of a UTF-16 byte order mark.
    static let markLength = 2

    let byteOrder: ByteOrder
    /// The first byte of a code unit whose second byte is in the next piece.
    private var heldByte: UInt8?
    /// A high surrogate waiting for the low one after it.
    private var heldHighSurrogate: UInt16?

    init(byteOrder: ByteOrder) {
        self.byteOrder = byteOrder
    }

    /// Appends the UTF-8 of `bytes` to `output`, and to `repairs` the index
    /// in `output` of each U+FFFD written for an unpaired surrogate.
    mutating func transcode(_ bytes: some Sequence<UInt8>, into output: inout [UInt8], repairs: inout [Int]) {
        for byte in bytes {
            guard let first = heldByte else {
                heldByte = byte
                continue
            }
            heldByte = nil
            let unit = byteOrder == .littleEndian
                ? UInt16(first) | UInt16(byte) << 8
                : UInt16(first) << 8 | UInt16(byte)
            append(unit, to: &output, repairs: &repairs)
        }
    }

    /// Ends the text: a high surrogate or a single byte still held becomes U+FFFD.
    mutating func finish(into output: inout [UInt8], repairs: inout [Int]) {
        if heldHighSurrogate != nil || heldByte != nil { appendReplacement(to: &output, repairs: &repairs) }
        heldHighSurrogate = nil
        heldByte = nil
    }

    private mutating func append(_ unit: UInt16, to output: inout [UInt8], repairs: inout [Int]) {
        if let high = heldHighSurrogate {
            heldHighSurrogate = nil
            if UTF16.isTrailSurrogate(unit) {
                let value = 0x10000 + (UInt32(high - 0xD800) << 10) + UInt32(unit - 0xDC00)
                UTF8.encode(Unicode.Scalar(value)!) { output.append($0) }
                return
            }
            appendReplacement(to: &output, repairs: &repairs)
        }
        if UTF16.isLeadSurrogate(unit) {
            heldHighSurrogate = unit
        } else if let scalar = Unicode.Scalar(unit) {
            UTF8.encode(scalar) { output.append($0) }
        } else {
            appendReplacement(to: &output, repairs: &repairs)
        }
    }

    private func appendReplacement(to output: inout [UInt8], repairs: inout [Int]) {
        repairs.append(output.count)
        output.append(contentsOf: Self.replacementCharacter)
    }

    /// U+FFFD in UTF-8.
    private static let replacementCharacter: [UInt8] = [0xEF, 0xBF, 0xBD]
}
