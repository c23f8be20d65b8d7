import TextPipeCore

/// What an element's attributes say about its content: whether its `class`
/// and `id` name content (`article-body`) or chrome (`sidebar`), whether its
/// `role` marks it as navigation or as the main content, whether it is hidden.
struct ElementCue: Sendable, Equatable {
    /// +25 for each of `class` and `id` that names content, -25 for each that
    /// names chrome (both when it names both), as readability-style scorers weigh them.
    var weight: Int16 = 0
    /// A landmark `role` says the element is chrome (`navigation`, `banner`, ...).
    var isChrome = false
    /// The element declares itself the main content (`role="main"`, `itemprop="articleBody"`).
    var isMain = false
    /// The element is not shown (`hidden`, `display: none`).
    var isHidden = false
    /// A hash of the `class` value, or 0 without one: siblings sharing it are alike.
    var classHash: UInt64 = 0

    /// The weight one attribute adds when it names content or chrome.
    static let nameWeight: Int16 = 25
}

/// Reads ``ElementCue``s from start tags, remembering the class names it
/// has already weighed, as pages repeat the same few many times.
struct ElementCueReader {
    private var weights: [UInt64: Int16] = [:]
    private var token: [UInt8] = []

    /// The cue of the tag whose attributes are `bytes[attributes]`.
    mutating func cue(_ bytes: UnsafeBufferPointer<UInt8>, attributes: Range<Int>) -> ElementCue {
        var cue = ElementCue()
        guard !attributes.isEmpty else { return cue }
        for attribute in HTMLAttributes(bytes, attributes) {
            switch AttributeName(bytes, attribute.name) {
            case .class:
                cue.classHash = ByteHash.lowercased(bytes, attribute.value) | 1
                cue.weight += nameWeight(bytes, attribute.value, hash: cue.classHash)
            case .id:
                cue.weight += nameWeight(bytes, attribute.value, hash: ByteHash.lowercased(bytes, attribute.value) | 1)
            case .role:
                let role = ByteMatching.trimmed(bytes, attribute.value)
                if Self.mainRoles.contains(bytes, role, foldingCase: true) { cue.isMain = true }
                if Self.chromeRoles.contains(bytes, role, foldingCase: true) { cue.isChrome = true }
            case .itemprop:
                if Self.mainProperties.contains(bytes, ByteMatching.trimmed(bytes, attribute.value), foldingCase: true) {
                    cue.isMain = true
                }
            case .hidden:
                cue.isHidden = true
            case .style:
                cue.isHidden = cue.isHidden || Self.hidesElement(bytes, attribute.value)
            case .other:
                break
            }
        }
        return cue
    }

    /// The weight of a `class` or `id` value, cached by its hash.
    private mutating func nameWeight(_ bytes: UnsafeBufferPointer<UInt8>, _ value: Range<Int>, hash: UInt64) -> Int16 {
        if let known = weights[hash] { return known }
        var namesContent = false
        var namesChrome = false
        forEachWord(bytes, value) { word in
            switch ElementNameWords.classify(word) {
            case .content: namesContent = true
            case .chrome: namesChrome = true
            case nil: break
            }
        }
        let weight = (namesContent ? ElementCue.nameWeight : 0) - (namesChrome ? ElementCue.nameWeight : 0)
        weights[hash] = weight
        return weight
    }

    /// Calls `body` with each word of a class or id value, lower-cased: words
    /// end at anything but a letter or digit and before a capital that follows
    /// a lower-case letter (`shareBar` is `share` and `bar`).
    private mutating func forEachWord(
        _ bytes: UnsafeBufferPointer<UInt8>, _ value: Range<Int>, _ body: (UnsafeBufferPointer<UInt8>) -> Void
    ) {
        token.removeAll(keepingCapacity: true)
        var previousIsLower = false
        for index in value {
            let byte = bytes[index]
            let endsWord = !ASCII.isAlphanumeric(byte) || (previousIsLower && ASCII.isUpper(byte))
            if endsWord && !token.isEmpty {
                token.withUnsafeBufferPointer(body)
                token.removeAll(keepingCapacity: true)
            }
            if ASCII.isAlphanumeric(byte) { token.append(ASCII.lowercased(byte)) }
            previousIsLower = ASCII.isLower(byte)
        }
        if !token.isEmpty { token.withUnsafeBufferPointer(body) }
    }

    /// Whether a `style` value hides the element.
    private static func hidesElement(_ bytes: UnsafeBufferPointer<UInt8>, _ value: Range<Int>) -> Bool {
        guard ByteMatching.contains(bytes, value, none) || ByteMatching.contains(bytes, value, hiddenWord) else {
            return false
        }
        var compact: [UInt8] = []
        for index in value where !ASCII.isWhitespace(bytes[index]) { compact.append(ASCII.lowercased(bytes[index])) }
        return compact.withUnsafeBufferPointer { compact in
            ByteMatching.contains(compact, 0..<compact.count, displayNone)
                || ByteMatching.contains(compact, 0..<compact.count, visibilityHidden)
        }
    }

    private static let none = Array("none".utf8)
    private static let hiddenWord = Array("hidden".utf8)
    private static let displayNone = Array("display:none".utf8)
    private static let visibilityHidden = Array("visibility:hidden".utf8)
    private static let mainRoles = WordSet(["main", "article"])
    private static let chromeRoles = WordSet([
        "navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "search", "dialog",
        "alertdialog", "toolbar", "tablist",
    ])
    private static let mainProperties = WordSet(["articlebody", "reviewbody"])

    /// The attributes a cue reads.
    private enum AttributeName {
        case `class`, id, role, itemprop, hidden, style, other

        init(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
            switch PackedName.pack(bytes, range, foldingCase: true) {
            case Self.classCode: self = .class
            case Self.idCode: self = .id
            case Self.roleCode: self = .role
            case Self.itempropCode: self = .itemprop
            case Self.hiddenCode: self = .hidden
            case Self.styleCode: self = .style
            default: self = .other
            }
        }

        private static let classCode = PackedName.pack("class", foldingCase: true)
        private static let idCode = PackedName.pack("id", foldingCase: true)
        private static let roleCode = PackedName.pack("role", foldingCase: true)
        private static let itempropCode = PackedName.pack("itemprop", foldingCase: true)
        private static let hiddenCode = PackedName.pack("hidden", foldingCase: true)
        private static let styleCode = PackedName.pack("style", foldingCase: true)
    }
}
