import TextPipeCore

/// Converts the output's Unicode-scalar offsets into UTF-16 offsets, the unit
/// JavaScript strings are indexed by, so the page can slice a document's text
/// directly. Only scalars beyond U+FFFF (emoji, rare CJK) take two UTF-16
/// units, so text without them maps one to one without a table.
struct UTF16Offsets {
    /// The number of scalars in the text: the largest valid offset.
    let scalarCount: Int
    /// The UTF-16 offset of each scalar offset, when they differ.
    private let table: [Int32]?

    init(_ text: String) {
        var scalars = 0
        var hasAstral = false
        for byte in text.utf8 {
            if ASCII.isScalarStart(byte) { scalars += 1 }
            // A four-byte UTF-8 sequence encodes a scalar beyond U+FFFF.
            if byte >= 0xF0 { hasAstral = true }
        }
        scalarCount = scalars
        guard hasAstral else {
            table = nil
            return
        }
        var table: [Int32] = []
        table.reserveCapacity(scalars + 1)
        var units: Int32 = 0
        for scalar in text.unicodeScalars {
            table.append(units)
            units += Int32(UTF16.width(scalar))
        }
        table.append(units)
        self.table = table
    }

    /// The UTF-16 offset of scalar offset `offset`, or nil when it lies outside the text.
    func utf16Offset(_ offset: Int) -> Int? {
        guard offset >= 0, offset <= scalarCount else { return nil }
        guard let table else { return offset }
        return Int(table[offset])
    }

    /// The UTF-16 range of the scalar span `start..<end`, or nil when it is
    /// not a valid span of the text.
    func utf16Range(start: Int, end: Int) -> Range<Int>? {
        guard start <= end, let from = utf16Offset(start), let to = utf16Offset(end) else { return nil }
        return from..<to
    }
}
