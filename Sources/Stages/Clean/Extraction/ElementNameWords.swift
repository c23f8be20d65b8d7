import TextPipeCore

/// The words of `class` and `id` values that tell content from chrome.
///
/// Stems also match at the start or end of a run-together word
/// (`sharedaddy`, `mainnav`, `articlebody`); short or ambiguous words only
/// match whole (`ad` must not match `header`, `post` not `poster`).
enum ElementNameWords {
    /// What a word names.
    enum Kind {
        case content
        case chrome
    }

    /// What the lower-case `word` names, if anything.
    static func classify(_ word: UnsafeBufferPointer<UInt8>) -> Kind? {
        if chromeWords.contains(word) || matchesStem(word, chromeStems) { return .chrome }
        if contentWords.contains(word) || matchesStem(word, contentStems) { return .content }
        return nil
    }

    /// Whether `word` is a stem or starts or ends with one.
    private static func matchesStem(_ word: UnsafeBufferPointer<UInt8>, _ stems: Stems) -> Bool {
        if stems.words.contains(word) { return true }
        guard word.count > stems.shortest, word.count <= longestCompound else { return false }
        for length in stems.lengths where length < word.count {
            if stems.words.contains(UnsafeBufferPointer(rebasing: word[0..<length]))
                || stems.words.contains(UnsafeBufferPointer(rebasing: word[(word.count - length)...]))
            {
                return true
            }
        }
        return false
    }

    /// Run-together words longer than this are hashes or generated names, not words.
    private static let longestCompound = 32

    /// A set of stems and the lengths they come in.
    private struct Stems {
        let words: WordSet
        let lengths: [Int]
        let shortest: Int

        init(_ list: String) {
            let entries = WordSet.entries(ofList: list).flatMap { $0.split(separator: " ").map(String.init) }
            words = WordSet(entries)
            lengths = Set(entries.map(\.utf8.count)).sorted()
            shortest = lengths.first ?? 0
        }
    }

    private static let chromeStems = Stems(
        """
        # Advertising and promotion
        advert sponsor promo banner outbrain taboola
        # Comments
        comment disqus
        # Navigation and page furniture
        nav navbar navigation menu breadcrumb pagination pager sidebar footer masthead toolbar
        dropdown tooltip popup modal overlay lightbox
        # Links to other pages
        related recommend popular trending
        # Sharing and sign-up
        share sharing social newsletter subscribe
        subscription signup login cookie consent gdpr
        # Captions, bylines and dates
        caption byline dateline timestamp author
        # Hidden text
        hidden offscreen
        """)

    private static let chromeWords = WordSet(
        WordSet.entries(ofList: """
            ad ads adv side rail foot more most also tag tags topics category categories keywords meta
            date time published updated header head hero sr print email mail skip extra supplemental
            bio button btn icon icons hide reply replies respond contact search logo rating credit credits
            links teaser teasers cta promoted subnav
            """).flatMap { $0.split(separator: " ").map(String.init) })

    private static let contentStems = Stems("article content story body text entry")

    private static let contentWords = WordSet(["post", "main", "hentry", "prose", "blog"])
}
