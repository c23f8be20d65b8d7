/// The UTF-8 byte order mark, which some editors put at the start of a file.
enum UTF8ByteOrderMark {
    static let bytes: [UInt8] = [0xEF, 0xBB, 0xBF]
}
