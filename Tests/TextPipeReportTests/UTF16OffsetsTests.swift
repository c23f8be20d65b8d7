import Testing

@testable import TextPipeReport

@Suite struct UTF16OffsetsTests {
    @Test func plainAndAccentedTextMapsOneToOne() {
        let offsets = UTF16Offsets("café crème")
        #expect(offsets.scalarCount == 10)
        #expect(offsets.utf16Offset(5) == 5)
        #expect(offsets.utf16Range(start: 5, end: 10) == 5..<10)
    }

    @Test func scalarsBeyondTheBasicPlaneTakeTwoUnits() {
        // 😀 and 𝔸 are each one scalar but two UTF-16 units.
        let offsets = UTF16Offsets("😀 Ada 𝔸 Byron")
        #expect(offsets.scalarCount == 13)
        #expect(offsets.utf16Range(start: 2, end: 5) == 3..<6)
        #expect(offsets.utf16Range(start: 8, end: 13) == 10..<15)
        #expect(offsets.utf16Offset(13) == 15)
    }

    @Test func spansOutsideTheTextAreRejected() {
        let offsets = UTF16Offsets("short")
        #expect(offsets.utf16Offset(6) == nil)
        #expect(offsets.utf16Offset(-1) == nil)
        #expect(offsets.utf16Range(start: 3, end: 2) == nil)
        #expect(offsets.utf16Range(start: 0, end: 5) == 0..<5)
    }
}
