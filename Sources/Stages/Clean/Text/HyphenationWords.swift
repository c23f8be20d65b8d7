import TextPipeCore

/// Word lists of ``HyphenationRepairer``.
enum HyphenationWords {
    /// Prefixes written with a hyphen, which stays when they end a line.
    static let keptPrefixes = WordSet(list: """
        all
        anti
        co
        cross
        e
        ex
        half
        mid
        multi
        non
        post
        pre
        self
        semi
        vice
        well
        """)

    /// Words after which a line-final hyphen is a suspended one ("pre- and post-war").
    static let conjunctions = WordSet(list: """
        and
        or
        nor
        und
        oder
        bzw
        sowie
        et
        ou
        y
        o
        e
        """)
}
