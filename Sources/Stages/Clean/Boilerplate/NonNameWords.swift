import TextPipeCore

/// Capitalised words that headings and page furniture are made of, so a
/// short title-case line of them ("Key Findings", "Breaking News", "Live
/// Updates") is not taken for a bare byline. Function words are checked
/// apart, with ``Stopwords/english``.
enum NonNameWords {
    static let list = WordSet(
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
        """.split(whereSeparator: \.isWhitespace).map(String.init))
}
