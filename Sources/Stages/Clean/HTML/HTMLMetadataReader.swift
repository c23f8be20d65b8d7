import TextPipeCore

/// Collects title, author and date from a page's tokens.
///
/// Prefers what the page declares for sharing (`og:title`,
/// `article:published_time`) and its JSON-LD over what it shows, as those
/// are written for exactly this use.
struct HTMLMetadataReader {
    private var openGraphTitle: String?
    private var titleElement: String?
    private var namedAuthor: String?
    private var articleAuthor: String?
    private var publishedTime: String?
    private var namedDate: String?
    private var timeElement: String?
    private var linkedData = LinkedDataMetadata()
    /// Whether the next text token is the content of the first `title` element.
    private var readingTitle = false
    /// Whether the next text token is the content of a JSON-LD script.
    private var readingLinkedData = false

    /// The metadata found so far.
    var metadata: DocumentMetadata {
        DocumentMetadata(
            title: openGraphTitle ?? linkedData.headline ?? titleElement,
            author: namedAuthor ?? linkedData.author ?? articleAuthor,
            // A date the reader cannot read stays as written: the markup says it is one.
            date: (publishedTime ?? linkedData.datePublished ?? namedDate ?? timeElement).map {
                DateReader.iso8601($0) ?? $0
            })
    }

    /// Reads `token` of the page `bytes`.
    mutating func read(_ token: HTMLToken, in bytes: UnsafeBufferPointer<UInt8>) {
        switch token {
        case .startTag(let tag):
            readingTitle = false
            readingLinkedData = false
            switch tag.name {
            case .meta: readMeta(HTMLAttributes(bytes, tag.attributes), in: bytes)
            case .title where titleElement == nil: readingTitle = !tag.isSelfClosing
            case .time where timeElement == nil:
                timeElement = HTMLAttributes(bytes, tag.attributes).value(of: Self.datetime)
                    .flatMap { HTMLTextWriter.plainText(bytes, $0) }
            case .script where !tag.isSelfClosing:
                readingLinkedData = isLinkedData(HTMLAttributes(bytes, tag.attributes), in: bytes)
            default: break
            }
        case .text(let range, _) where readingLinkedData:
            linkedData.read(UnsafeBufferPointer(rebasing: bytes[range]))
            readingLinkedData = false
        case .text(let range, _) where readingTitle:
            titleElement = HTMLTextWriter.plainText(bytes, range)
            readingTitle = false
        default:
            readingTitle = false
            readingLinkedData = false
        }
    }

    private func isLinkedData(_ attributes: HTMLAttributes, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let type = attributes.value(of: Self.type) else { return false }
        return ByteMatching.contains(bytes, type, Self.linkedDataType)
    }

    private mutating func readMeta(_ attributes: HTMLAttributes, in bytes: UnsafeBufferPointer<UInt8>) {
        var key: Range<Int>?
        var content: Range<Int>?
        for attribute in attributes {
            if ByteMatching.equals(bytes, attribute.name, Self.content) {
                content = attribute.value
            } else if key == nil && Self.keyAttributes.contains(where: { ByteMatching.equals(bytes, attribute.name, $0) }) {
                key = attribute.value
            }
        }
        guard let key, let content, let value = HTMLTextWriter.plainText(bytes, content) else { return }
        // Only a few meta tags per page get here, so a String key costs little.
        switch String(decoding: UnsafeBufferPointer(rebasing: bytes[key]), as: UTF8.self).lowercased() {
        case "og:title": openGraphTitle = openGraphTitle ?? value
        case "author": namedAuthor = namedAuthor ?? value
        // Often the URL of a profile page rather than a name.
        case "article:author" where !value.contains("://"): articleAuthor = articleAuthor ?? value
        case "article:published_time": publishedTime = publishedTime ?? value
        case "date", "pubdate", "publishdate", "publish-date", "datepublished", "dc.date", "dc.date.issued":
            namedDate = namedDate ?? value
        default: break
        }
    }

    private static let content = Array("content".utf8)
    private static let type = Array("type".utf8)
    private static let linkedDataType = Array("ld+json".utf8)
    private static let datetime = Array("datetime".utf8)
    private static let keyAttributes = ["name", "property", "itemprop"].map { Array($0.utf8) }
}
