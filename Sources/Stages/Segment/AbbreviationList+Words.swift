extension AbbreviationList {
    /// Titles and words that point forward to what follows them.
    static let leadingWords = """
        # titles before names
        Mr Mrs Ms Messrs Mme Mlle Dr Drs Prof Gen Col Capt Cmdr Lt Sgt Maj Adm Pvt Gov Sen Rep Rev Hon Pres Supt Insp Fr
        # places before names
        Mt Ft
        # Latin and reference words that introduce what follows
        vs cf viz e.g i.e ca approx resp
        # a postscript's label belongs to it
        PS P.S
        """

    /// Abbreviations that usually sit inside a sentence but may close one.
    static let generalWords = """
        # Latin
        al ibid
        # companies and organisations
        Inc Corp Co Ltd LLC Bros Plc Assn Intl dept univ govt
        # generational suffixes after names
        Jr Sr Snr Jnr
        # months and days
        Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
        Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun
        # US states
        Ala Ariz Ark Calif Colo Conn Del Fla Ga Ida Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo Mont
        Neb Nebr Nev Okla Ore Penn Pa Tenn Tex Va Vt Wash Wis Wisc Wyo
        # streets and places
        St Ave Blvd Rd Ln Hwy Pl Sq Ct Pkwy Bldg Ste Apt
        # units and measures
        ft oz lb lbs min max hr hrs mins yr yrs kg km mi sq cu gal qt doz
        # miscellaneous
        est misc incl excl tel ext esp
        """

    /// Abbreviations that close a list, and often the sentence with it.
    static let closingWords = """
        etc etcetera
        """

    /// Abbreviations that stand before a number.
    static let numberedWords = """
        no nos vol vols pp p fig figs art sec ch chap para pt op eq ref
        """
}
