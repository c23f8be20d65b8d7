/// What an element does to the text extracted from a page.
enum HTMLElementRole: Sendable {
    /// Formatting only: the element vanishes, its text flows on.
    case inline
    /// Starts and ends a paragraph.
    case block
    /// A table cell: a paragraph that shares a line with the other cells of its row.
    case cell
    /// An empty element that ends a paragraph (`hr`).
    case boundary
    /// A line break (`br`).
    case lineBreak
    /// Code, media and form controls: the element's content is never text.
    case skipped
    /// Site chrome (`nav`, `aside`, `footer`, ...) and captions: a paragraph
    /// whose text is never the page's main text.
    case chrome
    /// A `header`: chrome outside an `article` or `main`, the article's head inside one.
    case header

    /// The role of the element named `name`.
    @inline(__always)
    static func of(_ name: HTMLTagName) -> HTMLElementRole {
        table[name] ?? .inline
    }

    /// Whether `name` is an element this table knows, for sniffing HTML in plain text.
    static func isKnown(_ name: HTMLTagName) -> Bool {
        table[name] != nil || knownInline.contains(name)
    }

    private static let table: [HTMLTagName: HTMLElementRole] = {
        var table: [HTMLTagName: HTMLElementRole] = [:]
        let groups: [(HTMLElementRole, String)] = [
            (
                .skipped,
                """
                script style noscript template svg math iframe object embed canvas audio video
                button select textarea dialog title
                """
            ),
            (.chrome, "nav footer aside menu figcaption"),
            (
                .block,
                """
                p div h1 h2 h3 h4 h5 h6 li ul ol dl dd dt tr table thead tbody tfoot caption
                section article blockquote pre figure main address center form
                details summary body html fieldset legend
                """
            ),
            (.cell, "td th"),
            (.boundary, "hr"),
            (.lineBreak, "br"),
            (.header, "header"),
        ]
        for (role, names) in groups {
            for name in names.split(whereSeparator: \.isWhitespace) {
                table[HTMLTagName(String(name))] = role
            }
        }
        return table
    }()

    private static let knownInline: Set<HTMLTagName> = Set(
        "a span b i em strong small sup sub u s code time abbr cite label img meta link input"
            .split(separator: " ").map { HTMLTagName(String($0)) })
}
