/// A tag name folded to lower case and packed into an integer (see ``PackedName``).
/// Names that do not pack (custom elements, namespaced names) are all ``unknown``.
struct HTMLTagName: Hashable, Sendable {
    let code: UInt64

    /// Every name that does not pack.
    static let unknown = HTMLTagName(code: 0)

    private init(code: UInt64) { self.code = code }

    /// The name of `bytes[range]`.
    @inline(__always)
    init(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        code = PackedName.pack(bytes, range, foldingCase: true) ?? 0
    }

    /// The name spelled `name`.
    init(_ name: String) {
        code = PackedName.pack(name, foldingCase: true) ?? 0
    }

    // The names the extractor, the metadata reader and the locator treat specially.
    static let article = HTMLTagName("article")
    static let body = HTMLTagName("body")
    static let br = HTMLTagName("br")
    static let h1 = HTMLTagName("h1")
    static let header = HTMLTagName("header")
    static let html = HTMLTagName("html")
    static let main = HTMLTagName("main")
    static let meta = HTMLTagName("meta")
    static let pre = HTMLTagName("pre")
    static let time = HTMLTagName("time")
    static let title = HTMLTagName("title")
}
