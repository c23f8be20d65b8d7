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

    // The names the tree builder, the scorer and the metadata reader treat specially.
    static let a = HTMLTagName("a")
    static let address = HTMLTagName("address")
    static let article = HTMLTagName("article")
    static let blockquote = HTMLTagName("blockquote")
    static let body = HTMLTagName("body")
    static let center = HTMLTagName("center")
    static let dd = HTMLTagName("dd")
    static let div = HTMLTagName("div")
    static let dl = HTMLTagName("dl")
    static let dt = HTMLTagName("dt")
    static let figure = HTMLTagName("figure")
    static let form = HTMLTagName("form")
    static let h1 = HTMLTagName("h1")
    static let h2 = HTMLTagName("h2")
    static let h3 = HTMLTagName("h3")
    static let h4 = HTMLTagName("h4")
    static let h5 = HTMLTagName("h5")
    static let h6 = HTMLTagName("h6")
    static let header = HTMLTagName("header")
    static let html = HTMLTagName("html")
    static let li = HTMLTagName("li")
    static let main = HTMLTagName("main")
    static let meta = HTMLTagName("meta")
    static let ol = HTMLTagName("ol")
    static let p = HTMLTagName("p")
    static let pre = HTMLTagName("pre")
    static let script = HTMLTagName("script")
    static let section = HTMLTagName("section")
    static let span = HTMLTagName("span")
    static let table = HTMLTagName("table")
    static let tbody = HTMLTagName("tbody")
    static let td = HTMLTagName("td")
    static let tfoot = HTMLTagName("tfoot")
    static let th = HTMLTagName("th")
    static let thead = HTMLTagName("thead")
    static let time = HTMLTagName("time")
    static let title = HTMLTagName("title")
    static let tr = HTMLTagName("tr")
    static let ul = HTMLTagName("ul")
}
