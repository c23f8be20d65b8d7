import Foundation

/// Reads a file or standard input in chunks of UTF-8: a UTF-8 byte order
/// mark at the start is dropped, and text that starts with a UTF-16 one is
/// converted, so line splitting and JSON parsing only ever see UTF-8.
final class UTF8ChunkReader {
    /// Some bytes of the input as UTF-8.
    struct Chunk {
        var bytes: [UInt8]
        /// Indices into `bytes` of U+FFFD written for malformed UTF-16.
        var repairs: [Int] = []
    }

    private let descriptor: Int32
    private let ownsDescriptor: Bool
    private var transcoder: UTF16Transcoder?
    private var readBuffer = [UInt8](repeating: 0, count: 1 << 16)
    private var atStart = true
    private var atEnd = false
    /// The length of the byte order mark dropped at the start, if any.
    private(set) var skippedMarkBytes = 0
    /// Bytes left to read when only part of the file is read.
    private var remaining = Int.max

    /// Opens `path`; throws a message when it cannot be opened. With a
    /// `range`, reads only those bytes (a byte order mark counts only at 0).
    init(path: String, range: Range<Int>? = nil) throws(ReadFailure) {
        descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw ReadFailure.errno("cannot open") }
        ownsDescriptor = true
        if let range {
            remaining = range.count
            atStart = range.lowerBound == 0
            guard lseek(descriptor, off_t(range.lowerBound), SEEK_SET) >= 0 else {
                close(descriptor)
                throw ReadFailure.errno("cannot seek")
            }
        }
    }

    /// Reads standard input.
    init(standardInput: Void) {
        descriptor = STDIN_FILENO
        ownsDescriptor = false
    }

    deinit {
        if ownsDescriptor { close(descriptor) }
    }

    /// Why reading stopped before the end of the input, if it did.
    private(set) var failure: ReadFailure?

    /// The next chunk, never empty, or nil at the end of the input or when
    /// reading fails (``failure`` then says why).
    func next() -> Chunk? {
        while !atEnd {
            let wanted = min(readBuffer.count, remaining)
            let count = wanted == 0 ? 0 : readBuffer.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, wanted) }
            if count < 0 && errno == EINTR { continue }
            if count > 0 { remaining -= count }
            guard count > 0 else {
                if count < 0 { failure = ReadFailure.errno("cannot read") }
                atEnd = true
                return finish()
            }
            var bytes = readBuffer[..<count]
            if atStart {
                atStart = false
                bytes = startingAfterByteOrderMark(bytes)
            }
            guard var transcoder else {
                if bytes.isEmpty { continue }
                return Chunk(bytes: Array(bytes))
            }
            var chunk = Chunk(bytes: [])
            chunk.bytes.reserveCapacity(bytes.count * 3 / 2)
            transcoder.transcode(bytes, into: &chunk.bytes, repairs: &chunk.repairs)
            self.transcoder = transcoder
            if !chunk.bytes.isEmpty { return chunk }
        }
        return nil
    }

    /// `bytes`, the start of the input, without a byte order mark; a UTF-16 one switches on conversion.
    private func startingAfterByteOrderMark(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        if let byteOrder = UTF16Transcoder.byteOrder(markedAtStartOf: bytes) {
            transcoder = UTF16Transcoder(byteOrder: byteOrder)
            skippedMarkBytes = UTF16Transcoder.markLength
            return bytes.dropFirst(UTF16Transcoder.markLength)
        }
        guard bytes.starts(with: UTF8ByteOrderMark.bytes) else { return bytes }
        skippedMarkBytes = UTF8ByteOrderMark.bytes.count
        return bytes.dropFirst(UTF8ByteOrderMark.bytes.count)
    }

    private func finish() -> Chunk? {
        guard var transcoder else { return nil }
        var chunk = Chunk(bytes: [])
        transcoder.finish(into: &chunk.bytes, repairs: &chunk.repairs)
        self.transcoder = transcoder
        return chunk.bytes.isEmpty ? nil : chunk
    }
}
