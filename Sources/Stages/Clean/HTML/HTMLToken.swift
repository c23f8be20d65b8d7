/// A start or end tag, located in the page's bytes.
struct HTMLTag: Sendable {
    /// The element's name.
    var name: HTMLTagName
    /// The bytes between the name and the closing `>` (or `/>`).
    var attributes: Range<Int>
    /// The whole tag, from `<` to after `>`.
    var range: Range<Int>
    /// Whether the tag ends with `/>`.
    var isSelfClosing: Bool
}

/// One piece of a page as ``HTMLTokenizer`` reads it.
enum HTMLToken: Sendable {
    /// Character data; `decodesEntities` is false for the raw content of
    /// `script`, `style` and CDATA sections.
    case text(Range<Int>, decodesEntities: Bool)
    case startTag(HTMLTag)
    case endTag(HTMLTag)
    /// A comment, doctype or processing instruction: never text.
    case declaration
}
