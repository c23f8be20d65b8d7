/// News written for the tests (no evaluation data).
public enum HandWrittenNews {
    /// A business report of more than 40 content words, long enough for the topic model to judge its evidence.
    public static let businessReport = """
        Carmaker cuts profit forecast

        Shares in Northwind Motors fell 8% on Tuesday after the carmaker cut its profit forecast for the year, \
        blaming weak sales in Europe and the rising cost of steel. The company, based in Detroit, said operating \
        profit would be about $2.1bn, down from the $2.6bn it had promised investors in March. Chief executive \
        Maria Delgado told analysts that the firm would close two plants in Ohio and Bavaria and cut 3,000 jobs \
        to save $400m a year by 2027. Analysts at Harbour Bank said the warning was worse than the market had \
        expected, and rival firms' shares also slipped on the stock exchange in New York and Frankfurt.
        """
}
