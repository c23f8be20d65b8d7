import Foundation

/// Splits a JSONL file into line-aligned byte ranges, one per shard, so that
/// shard K reads only its range instead of the whole file.
///
/// Range K of N nominally starts at `size * K / N`; it really starts just
/// after the first newline at or after that point (range 0 at 0) and ends
/// where range K + 1 starts (the last at the end of the file). Every line
/// therefore belongs to exactly one range: the one whose nominal start is
/// before the line's first byte, up to the next nominal start included.
/// Ranges may be empty (a file with fewer lines than shards). A file that
/// starts with a UTF-16 byte order mark cannot be split on newline bytes and
/// goes whole to range 0.
public enum LineAlignedRanges {
    /// Range `index` of `count` of a file of `size` bytes; `newline(at:)`
    /// gives the offset of the first newline at or after an offset, or nil.
    public static func range(index: Int, count: Int, size: Int, newline: (Int) -> Int?) -> Range<Int> {
        boundary(index, count: count, size: size, newline: newline)
            ..< boundary(index + 1, count: count, size: size, newline: newline)
    }

    /// Range `index` of `count` of the file at `path`, read only around the
    /// two boundaries.
    public static func range(index: Int, count: Int, path: String) throws(ReadFailure) -> Range<Int> {
        let file = try BoundaryScanner(path: path)
        if file.startsWithUTF16Mark { return index == 0 ? 0..<file.size : file.size..<file.size }
        return range(index: index, count: count, size: file.size, newline: file.newline(atOrAfter:))
    }

    private static func boundary(_ index: Int, count: Int, size: Int, newline: (Int) -> Int?) -> Int {
        if index <= 0 { return 0 }
        if index >= count { return size }
        let nominal = Int((Int64(size) * Int64(index)) / Int64(count))
        guard let found = newline(nominal) else { return size }
        return min(found + 1, size)
    }
}

/// Finds newlines in a file with small positioned reads, for range boundaries.
private final class BoundaryScanner {
    let size: Int
    private let descriptor: Int32

    init(path: String) throws(ReadFailure) {
        descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw ReadFailure.errno("cannot open") }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            close(descriptor)
            throw ReadFailure.errno("cannot stat")
        }
        size = Int(status.st_size)
    }

    deinit { close(descriptor) }

    var startsWithUTF16Mark: Bool {
        UTF16Transcoder.byteOrder(markedAtStartOf: read(at: 0, count: UTF16Transcoder.markLength)) != nil
    }

    func newline(atOrAfter offset: Int) -> Int? {
        var position = offset
        while position < size {
            let block = read(at: position, count: 4096)
            if block.isEmpty { return nil }
            if let index = block.firstIndex(of: UInt8(ascii: "\n")) { return position + index }
            position += block.count
        }
        return nil
    }

    private func read(at offset: Int, count: Int) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        let got = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, count, off_t(offset)) }
        return got > 0 ? Array(bytes[..<got]) : []
    }
}
