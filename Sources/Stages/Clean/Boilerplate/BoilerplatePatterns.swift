/// The lines scraped news pages repeat around every article: sharing buttons,
/// datelines, newsletter prompts, advertising slots, copyright notices.
///
/// Only lines of at most ``BoilerplateFilter/maximumLineLength`` characters
/// are tested, so sentences that merely mention these words stay.
enum BoilerplatePatterns {
    /// One pattern per line, in the syntax of ``BoilerplatePattern``. Lines are
    /// compared trimmed and without trailing `:` `.` `|` `-` `>`.
    static let list = """
        # Datelines and bylines of the page template
        author-image
        author image
        new update
        updated
        updated:*
        updated on*
        updated at*
        updated -*
        last updated*
        published on*
        published:*
        first published*
        posted on*
        # Sharing and following
        share this*
        share on*
        share via*
        share article
        share story
        follow us
        follow us on*
        join our*
        # Newsletters and accounts
        subscribe
        subscribe now
        subscribe to*
        sign up
        sign up for*
        sign up to*
        sign in
        log in
        click here
        click here to*
        click here for*
        # Links to other stories
        read more
        read more:*
        read more at*
        also read*
        read also*
        must read*
        see also*
        also see*
        also watch*
        related
        related:*
        related articles
        related stories
        related news
        related posts
        recommended
        recommended for you
        you may also like
        most read
        most popular
        trending
        trending now
        top stories
        # Advertising
        advertisement
        advertisement:*
        advertisement -*
        ad
        sponsored
        sponsored content
        story continues below advertisement
        article continues below advertisement
        continue reading below
        scroll to continue with content
        # Rights and credits
        copyright ©*
        copyright (c)*
        copyright 1*
        copyright 2*
        ©*
        *all rights reserved*
        image:*
        images:*
        image credit*
        image source*
        photo:*
        photos:*
        photo credit*
        photograph:*
        picture:*
        file photo*
        (photo:*
        # Page furniture
        comments
        leave a comment
        view comments
        listen to this article
        skip to content
        skip to main content
        back to top
        loading
        tags:*
        topics:*
        """

    /// Words of sharing widgets; a line made only of these ("Facebook Twitter
    /// WhatsApp") is a row of buttons.
    static let sharingWords = """
        facebook twitter whatsapp linkedin pinterest reddit telegram instagram youtube
        tumblr messenger flipboard email mail print share tweet copy link sms
        """
}
