/// What an element does to the text extracted from a page.
enum HTMLElementRole: Sendable {
    /// Formatting only: the element vanishes, its text flows on.
    case inline
    /// Starts and ends a paragraph.
    case block
    /// A line break (`br`).
    case lineBreak
    /// A table cell: its text goes on a line of its own.
    case cell
    /// Page chrome, code or form controls: the element and its content are dropped.
    case dropped
    /// Dropped when it is site chrome, i.e. outside an `article` or `main`.
    case pageHeader

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
                .dropped,
                """
                script style noscript template svg math iframe object embed canvas audio video
                nav footer aside form button select textarea dialog title
                """
            ),
            (
                .block,
                """
                p div h1 h2 h3 h4 h5 h6 li ul ol dl dd dt tr table thead tbody tfoot caption
                section article blockquote pre figure figcaption hr main address center
                details summary body html fieldset legend
                """
            ),
            (.cell, "td th"),
            (.lineBreak, "br"),
            (.pageHeader, "header"),
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
