/// The lines scraped news pages repeat around every article: sharing buttons,
/// datelines, reading times, newsletter, sign-in and cookie prompts,
/// advertising slots, image credits, copyright notices.
///
/// Only lines of at most ``BoilerplateFilter/maximumLineLength`` characters
/// are tested, so sentences that merely mention these words stay.
enum BoilerplatePatterns {
    /// One pattern per line, in the syntax of ``BoilerplatePattern``. Lines are
    /// compared trimmed and without trailing `:` `.` `|` `-` `>`.
    static let list = """
        # Datelines and bylines of the page template (for "By Jane Doe" lines see BylineMatcher)
        author-image
        author image
        author avatar
        author photo
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
        reading time
        reading time:*
        estimated reading time*
        read time:*
        *min read
        *mins read
        *minute read
        *minutes read
        # Sharing and following
        share this*
        share on*
        share via*
        share article
        share story
        share this article
        click to share*
        tap to share*
        email this article
        email this page
        print this article
        print this page
        follow us
        follow us on*
        join our*
        like us on*
        # Newsletters and accounts
        subscribe
        subscribe now
        subscribe to*
        subscribe for*
        subscribe today*
        already a subscriber*
        already have an account*
        create an account*
        create a free account*
        get our newsletter*
        newsletter
        sign up
        sign up for*
        sign up to*
        sign in
        sign in to*
        sign in or*
        sign in /*
        sign in |*
        log in
        log in to*
        log in or*
        login
        register
        click here
        click here to*
        click here for*
        # Links to other stories (teasers with a headline of any length: see TeaserMatcher)
        read more at*
        also read*
        read also*
        must read*
        see also*
        also see*
        also watch*
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
        image courtesy*
        photo courtesy*
        photo by*
        photograph by*
        illustration by*
        # Cookie prompts
        we use cookies to improve*
        we use cookies to ensure*
        we use cookies to give*
        we use cookies to enhance*
        we use cookies to personalise*
        we use cookies to personalize*
        we use cookies and similar*
        this site uses cookies*
        this website uses cookies*
        our site uses cookies*
        by continuing to browse*
        by using this site*
        by using this website*
        by using our site*
        accept cookies
        accept all cookies
        accept all
        reject all
        cookie settings
        cookie policy
        cookie preferences
        manage cookies
        # Page furniture
        comments
        leave a comment
        view comments
        listen to this article*
        listen to this story*
        listen to article*
        skip to content*
        skip to main content
        skip to navigation
        skip to footer
        click to enlarge
        click to expand
        tap to enlarge
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
