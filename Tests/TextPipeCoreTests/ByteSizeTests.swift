import Testing
import TextPipeCore

@Suite struct ByteSizeTests {
    @Test func parsesPlainNumbersAndDecimalUnits() {
        #expect(ByteSize.parse("500000") == 500_000)
        #expect(ByteSize.parse("64KB") == 64_000)
        #expect(ByteSize.parse("10 MB") == 10_000_000)
        #expect(ByteSize.parse("1.5mb") == 1_500_000)
        #expect(ByteSize.parse("2GB") == 2_000_000_000)
        #expect(ByteSize.parse("12B") == 12)
        #expect(ByteSize.parse(" 7 kb ") == 7_000)
    }

    @Test(arguments: ["", "MB", "lots", "-5", "-1MB", "5TB", "5 M"])
    func rejectsWhatIsNotASize(text: String) {
        #expect(ByteSize.parse(text) == nil)
    }

    /// Converting a product beyond `Int.max` (or infinity) to `Int` traps, which
    /// crashes `textpipe validate` on `max_document_size: 1e20KB`.
    @Test
    func rejectsSizesTooLargeToCount() {
        #expect(ByteSize.parse("1e20KB") == nil)
        #expect(ByteSize.parse("infMB") == nil)
    }
}
