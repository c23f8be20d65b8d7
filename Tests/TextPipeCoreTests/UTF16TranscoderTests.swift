import Testing
@testable import TextPipeCore

@Suite struct UTF16TranscoderTests {
    @Test func givesTheSameTextWhereverTheInputIsCut() {
        let text = "a😀é東\u{0}z"
        let bytes = Array(text.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        for cut in 0...bytes.count {
            var transcoder = UTF16Transcoder(byteOrder: .littleEndian)
            var output: [UInt8] = []
            var repairs: [Int] = []
            transcoder.transcode(bytes[..<cut], into: &output, repairs: &repairs)
            transcoder.transcode(bytes[cut...], into: &output, repairs: &repairs)
            transcoder.finish(into: &output, repairs: &repairs)
            #expect(output == Array(text.utf8), "cut at \(cut)")
            #expect(repairs.isEmpty)
        }
    }

    @Test func recognisesByteOrderMarks() {
        #expect(UTF16Transcoder.byteOrder(markedAtStartOf: [0xFF, 0xFE, 0x41]) == .littleEndian)
        #expect(UTF16Transcoder.byteOrder(markedAtStartOf: [0xFE, 0xFF]) == .bigEndian)
        #expect(UTF16Transcoder.byteOrder(markedAtStartOf: [0xFF]) == nil)
        #expect(UTF16Transcoder.byteOrder(markedAtStartOf: [0xEF, 0xBB, 0xBF]) == nil)
    }
}
