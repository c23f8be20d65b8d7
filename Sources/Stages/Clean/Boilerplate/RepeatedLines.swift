import TextPipeCore

/// Finds short lines a scraped page repeats ("Advertisement", "Click to
/// enlarge"): a line, trimmed, that occurs at least ``minimumCopies`` times,
/// has at most ``maximumLength`` characters and holds a letter (or any
/// non-ASCII character). Copies after the first are repeats. Lines of only
/// ASCII digits and punctuation (`* * *`, numbers of a table) never are.
struct RepeatedLines {
    static let minimumCopies = 3
    static let maximumLength = 80

    /// The indices (into the lines given) of the later copies.
    let laterCopies: Set<Int>

    /// The repeats among `lines`, which are ranges of `bytes`.
    init(_ bytes: UnsafeBufferPointer<UInt8>, lines: [Range<Int>]) {
        // The first copy of each line (by hash of its bytes), its copies so far, and the later copies.
        var firstCopies: [UInt64: (line: Range<Int>, count: Int)] = [:]
        var candidates: [(index: Int, hash: UInt64)] = []
        for (index, line) in lines.enumerated() {
            let content = ByteMatching.trimmed(bytes, line)
            guard Self.mayRepeat(bytes, content) else { continue }
            let hash = ByteHash.of(UnsafeBufferPointer(rebasing: bytes[content]))
            guard let first = firstCopies[hash] else {
                firstCopies[hash] = (content, 1)
                continue
            }
            // Equal hashes of different lines: the later one is not counted.
            guard bytes[first.line].elementsEqual(bytes[content]) else { continue }
            firstCopies[hash]?.count += 1
            candidates.append((index, hash))
        }
        laterCopies = Set(
            candidates.lazy.filter { (firstCopies[$0.hash]?.count ?? 0) >= Self.minimumCopies }.map(\.index))
    }

    private static func mayRepeat(_ bytes: UnsafeBufferPointer<UInt8>, _ content: Range<Int>) -> Bool {
        guard !content.isEmpty, content.count <= 4 * maximumLength,
            ByteMatching.scalarCount(bytes, content) <= maximumLength
        else { return false }
        return content.contains { ASCII.isLetter(bytes[$0]) || bytes[$0] >= 0x80 }
    }
}
