/// A fingerprint of a raw input document (64-bit FNV-1a of its fallback id,
/// for a JSONL line its file and byte offset, and its bytes): a resumed run
/// processes a document again when it changed.
enum InputFingerprint {
    static func of(_ raw: RawDocument) -> UInt64 {
        var hash = ByteHash()
        for byte in raw.fingerprintName.utf8 { hash.combine(byte) }
        hash.combine(0xFF)
        switch raw.content {
        case .file(let bytes):
            hash.combine(1)
            for byte in bytes { hash.combine(byte) }
        case .jsonLine(let bytes):
            hash.combine(2)
            for byte in bytes { hash.combine(byte) }
        case .failure(let message):
            hash.combine(3)
            for byte in message.utf8 { hash.combine(byte) }
        case .elsewhere:
            hash.combine(4)
        }
        return hash.value
    }
}
