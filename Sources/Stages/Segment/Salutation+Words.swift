extension Salutation {
    /// Words that open a letter's greeting: `Hi,` `Dear Ann,` `Good morning all,`.
    static let greetingWords = """
        hi hello hey hiya howdy dear greetings
        """

    /// Times of day that make `good` a greeting: `Good evening Sam,`.
    static let greetingTimes = """
        morning afternoon evening day
        """

    /// Words that make up a letter's closing formula: `Regards,` `Best wishes,` `Thank you,`.
    static let signOffWords = """
        regards best kind kindest warm warmest wishes sincerely yours truly faithfully respectfully cordially
        thanks thank you many cheers love take care all the again with
        """

    /// Words that may open a closing formula (`you`, `the`, `care` only continue one).
    static let signOffOpeners = """
        regards best kind kindest warm warmest sincerely yours respectfully cordially thanks thank many cheers
        love take all with
        """
}
