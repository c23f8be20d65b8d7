import Foundation
import Testing
@testable import TextPipeCore

/// JSON Lines in every encoding and shape a reader meets: byte order marks,
/// UTF-16, CRLF, lines longer than a read chunk or than the size limit.
@Suite struct LineReaderTests {
    private func lines(of bytes: [UInt8], limit: Int = 1_000_000) throws -> [LineReader.Line] {
        let tree = try TemporaryDirectory()
        defer { tree.remove() }
        let reader = try LineReader(path: tree.write("lines.jsonl", bytes: bytes), maxLineBytes: limit)
        var lines: [LineReader.Line] = []
        while let line = reader.nextLine() { lines.append(line) }
        return lines
    }

    private func texts(_ lines: [LineReader.Line]) -> [String?] {
        lines.map { line in
            guard case .text(let bytes, _) = line else { return nil }
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    /// `text` in UTF-16 with a byte order mark.
    private func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
        ([0xFEFF] + Array(text.utf16)).flatMap { unit in
            bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
    }

    @Test func splitsOnLineFeedsAndDropsCarriageReturns() throws {
        let lines = try lines(of: Array("one\r\ntwo\n\nthree".utf8))
        #expect(texts(lines) == ["one", "two", "", "three"])
    }

    @Test func utf8ByteOrderMarkIsDropped() throws {
        #expect(texts(try lines(of: [0xEF, 0xBB, 0xBF] + Array("{}\n{}".utf8))) == ["{}", "{}"])
    }

    @Test(arguments: [false, true])
    func utf16IsReadAsUTF8(bigEndian: Bool) throws {
        let text = "{\"text\": \"Zürich\"}\r\n{\"text\": \"東京 😀\"}\n\u{10A}\u{A0A}"
        let lines = try lines(of: utf16(text, bigEndian: bigEndian))
        #expect(texts(lines) == ["{\"text\": \"Zürich\"}", "{\"text\": \"東京 😀\"}", "\u{10A}\u{A0A}"])
    }

    @Test func unpairedSurrogateMarksOnlyItsLineAsRepaired() throws {
        var bytes = utf16("{}\n{\"text\": \"a", bigEndian: false)
        bytes += [0x00, 0xDC] + utf16("\"}\n{}", bigEndian: false).dropFirst(2)
        let lines = try lines(of: bytes)
        let repaired = lines.map { line in
            if case .text(_, let repaired) = line { return repaired }
            return false
        }
        #expect(repaired == [false, true, false])
        #expect(texts(lines)[1] == "{\"text\": \"a\u{FFFD}\"}")
    }

    @Test func linesLongerThanAReadChunkAreWhole() throws {
        let long = String(repeating: "0123456789", count: 30_000)
        #expect(texts(try lines(of: Array("\(long)\nshort\n\(long)".utf8))) == [long, "short", long])
    }

    @Test func lineOverTheLimitIsCountedNotKept() throws {
        let lines = try lines(of: Array((String(repeating: "x", count: 200_000) + "\nok\n").utf8), limit: 1_000)
        guard case .overLimit(let byteCount) = lines.first else {
            Issue.record("the long line was kept")
            return
        }
        #expect(byteCount == 200_000)
        #expect(texts(Array(lines.dropFirst())) == ["ok"])
    }

    @Test func readErrorEndsTheLinesAndSaysWhy() throws {
        let tree = try TemporaryDirectory()
        defer { tree.remove() }
        // Opening a folder works; reading it fails.
        let reader = try LineReader(path: tree.path, maxLineBytes: 100)
        #expect(reader.nextLine() == nil)
        #expect(reader.failure?.description == "cannot read: Is a directory")
    }

    @Test func countsNonEmptyLinesOfUTF16() throws {
        let tree = try TemporaryDirectory()
        defer { tree.remove() }
        let path = try tree.write("lines.jsonl", bytes: utf16("{}\n\n  \n{}\n{}", bigEndian: false))
        #expect(LineReader.countNonEmptyLines(path: path) == 3)
    }
}
