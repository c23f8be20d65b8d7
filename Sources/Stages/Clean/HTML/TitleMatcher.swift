import TextPipeCore

/// Tells whether a heading repeats a page's title, with or without the site
/// name pages append to it ("Storm hits coast | Daily Paper").
struct TitleMatcher: Sendable {
    /// The title and its part before a site-name separator, ASCII lower-cased.
    private let candidates: [[UInt8]]

    /// A matcher for `title`.
    init(title: String) {
        let title = title.utf8.map(ASCII.lowercased)
        var candidates = [title]
        for separator in [" | ", " - ", " – ", " — ", " :: ", " · "] {
            if let cut = Self.lastOccurrence(of: Array(separator.utf8), in: title) {
                candidates.append(Array(title[..<cut]))
            }
        }
        self.candidates = candidates
    }

    /// Whether `bytes[range]` is the title, ignoring ASCII case.
    func matches(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        candidates.contains { ByteMatching.equals(bytes, range, $0) }
    }

    private static func lastOccurrence(of separator: [UInt8], in title: [UInt8]) -> Int? {
        guard title.count > separator.count else { return nil }
        return stride(from: title.count - separator.count, through: 1, by: -1).first {
            title[$0..<$0 + separator.count].elementsEqual(separator)
        }
    }
}
