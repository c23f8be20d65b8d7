/// Finds where a page may keep its main content from the landmarks it
/// declares: `article`, `main` and `role="main"` elements.
///
/// Only outermost landmarks count, so an article's nested comment articles
/// never compete with it.
struct MainContentLocator {
    /// Tracks one kind of landmark: which elements are open and what they enclosed.
    private struct Landmark {
        /// The element name being tracked, once known (for `role="main"`, the first such element's).
        var name: HTMLTagName?
        var depth = 0
        var contentStart = 0
        var regions: [Range<Int>] = []

        mutating func open(_ name: HTMLTagName, contentStart: Int) {
            if depth == 0 { self.contentStart = contentStart }
            self.name = name
            depth += 1
        }

        mutating func close(at contentEnd: Int) {
            guard depth > 0 else { return }
            depth -= 1
            if depth == 0 { regions.append(contentStart..<contentEnd) }
        }

        var largest: Range<Int>? { regions.max { $0.count < $1.count } }
    }

    private var articles = Landmark(name: .article)
    private var mains = Landmark(name: .main)
    private var roleMains = Landmark()

    /// Reads `token` of the page `bytes`.
    mutating func read(_ token: HTMLToken, in bytes: UnsafeBufferPointer<UInt8>) {
        switch token {
        case .startTag(let tag) where !tag.isSelfClosing:
            let contentStart = tag.range.upperBound
            if tag.name == .article {
                articles.open(tag.name, contentStart: contentStart)
            } else if tag.name == .main {
                mains.open(tag.name, contentStart: contentStart)
            }
            if roleMains.depth > 0 {
                // Nested elements of the same name must close before the landmark does.
                if tag.name == roleMains.name { roleMains.open(tag.name, contentStart: contentStart) }
            } else if !tag.attributes.isEmpty, isRoleMain(HTMLAttributes(bytes, tag.attributes), in: bytes) {
                roleMains.open(tag.name, contentStart: contentStart)
            }
        case .endTag(let tag):
            let contentEnd = tag.range.lowerBound
            if tag.name == .article { articles.close(at: contentEnd) }
            if tag.name == .main { mains.close(at: contentEnd) }
            if roleMains.depth > 0 && tag.name == roleMains.name { roleMains.close(at: contentEnd) }
        default:
            break
        }
    }

    /// The largest `article`, the largest `main` and the largest `role="main"`
    /// element, in that order of preference, for those the page has. `end`
    /// closes landmarks the page leaves open.
    func candidates(endingAt end: Int) -> [Range<Int>] {
        [articles, mains, roleMains].compactMap { landmark in
            var landmark = landmark
            while landmark.depth > 0 { landmark.close(at: end) }
            return landmark.largest
        }
    }

    private func isRoleMain(_ attributes: HTMLAttributes, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let role = attributes.value(of: Self.role) else { return false }
        return ByteMatching.equals(bytes, ByteMatching.trimmed(bytes, role), Self.main)
    }

    private static let role = Array("role".utf8)
    private static let main = Array("main".utf8)
}
