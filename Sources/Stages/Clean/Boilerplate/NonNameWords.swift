import TextPipeCore

/// Words that are no part of a name: function words, and the capitalised
/// words headings and page furniture are made of, so a short title-case line
/// of them ("The Plan", "Key Findings", "Breaking News", "Live Updates") is
/// not taken for a bare byline.
enum NonNameWords {
    /// The set, built when the boilerplate filter is (once per process), so no document pays for it.
    static func set() -> WordSet {
        WordSet(Stopwords.englishWords + headingWords)
    }

    private static let headingWords =
        """
        abstract acknowledgements advertisement agenda analysis appendix archive archives article articles
        background blog breaking business
        chapter comment comments conclusion conclusions contact contents correction culture
        editorial editors email exclusive executive explainer
        faq feature features findings focus
        gallery guide
        headlines highlights home
        interview introduction
        key
        latest live local
        main menu method methods
        national new news newsletter next notes
        opinion overview
        part photo photos picks podcast politics popular preview previous print
        questions
        read recap references related report reports results review reviews
        schedule search section share sources sport sports stories story subscribe summary
        table timeline top trending
        update updates
        video videos view views
        watch weather world
        """.split(whereSeparator: \.isWhitespace).map(String.init)
}
