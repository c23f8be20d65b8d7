/// Common English function words, for stages that rank content words.
public enum Stopwords {
    /// The list, lower case, looked up with ASCII case folding.
    public static let english = WordSet(englishWords)
    /// The words of ``english``, for stages that build their own lookup tables.
    public static let englishWords = WordSet.entries(ofList: englishList)

    private static let englishList = """
        a about above after again against ago ain all almost along already also although always am among an and
        another any anybody anyone anything anyway anywhere are aren around as at away
        back be became because become becomes been before being below besides between beyond both but by
        can cannot could couldn
        did didn do does doesn doing don done down during
        each either else elsewhere enough even ever every everybody everyone everything everywhere
        few for from further
        get gets getting got gotten
        had hadn has hasn have haven having he her here hers herself him himself his how however
        i if in indeed instead into is isn it its itself
        just
        least less let like ll
        made make makes many may maybe me meanwhile might mine more moreover most mostly much must my myself
        neither never nevertheless no nobody none nor not nothing now nowhere
        of off often on once one only onto or other others otherwise our ours ourselves out over own
        per perhaps please
        quite
        rather re really
        s said same say says see seem seemed seems several shall shan she should shouldn since so some somebody
        someone something sometimes somewhat somewhere still such
        t than that the their theirs them themselves then there thereby therefore these they this those though
        through throughout thus to together too toward towards
        under unless until up upon us
        ve very via
        was wasn we well were weren what whatever when whenever where whereas wherever whether which while who
        whoever whole whom whose why will with within without won would wouldn
        yet you your yours yourself yourselves
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: "\n")
}
