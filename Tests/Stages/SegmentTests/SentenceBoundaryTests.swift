import Testing
import TextPipeCore
@testable import TextPipeSegment

@Suite struct SentenceBoundaryTests {
    @Test func endMarksFollowedBySpaceEndSentences() throws {
        try expectSentences("[[First one.]] [[Second one!]] [[Third one?]] [[Last one]]")
        try expectSentences("[[What?!]] [[No way!!!]] [[Fine.]]")
    }

    @Test func closingQuotesAndBracketsStayWithTheSentence() throws {
        try expectSentences(#"[[He said "stop."]] [[Then he left.]]"#)
        try expectSentences("[[(This is an aside.)]] [[Next comes more.]]")
        try expectSentences("[[She wrote “done.”]] [[Nobody answered.]]")
    }

    @Test func quotedQuestionsGoOnBeforeLowerCase() throws {
        try expectSentences(#"[["Why?" he asked.]] [[Nobody knew.]]"#)
        try expectSentences(#"[["I am done." she said.]]"#)
    }

    @Test func titlesNeverEndSentences() throws {
        try expectSentences("[[Mr. Smith met Dr. Jones and Prof. Brown.]] [[They talked.]]")
        try expectSentences("[[The letter reached Gen. The Duke late.]]")
    }

    @Test func generalAbbreviationsEndOnlyBeforeSentenceStarters() throws {
        try expectSentences("[[Apples, pears, etc. are fruit.]]")
        try expectSentences("[[We bought apples, pears, etc.]] [[The shop then closed.]]")
        try expectSentences("[[She works at Acme Inc.]] [[He works at Beta Co.]] [[They met.]]")
        try expectSentences("[[Acme Inc. Chairman Jo Bell spoke.]]")
        try expectSentences("[[On Jan. 5 the office in Calif. opened.]]")
    }

    @Test func leadingLatinAbbreviationsNeverEndSentences() throws {
        try expectSentences("[[Take a fruit, e.g. Apples from the farm.]]")
        try expectSentences("[[It was Smith vs. The State of Ohio.]]")
        try expectSentences("[[Compare cf. Table 2 below.]]")
    }

    @Test func numberedAbbreviationsOnlyBeforeNumbers() throws {
        try expectSentences("[[See No. 5 on the list.]] [[The answer was no.]] [[He left.]]")
        try expectSentences("[[Read pp. 10 to 12 and fig. 3 first.]]")
    }

    @Test func initialsDoNotEndSentences() throws {
        try expectSentences("[[J. K. Rowling wrote it.]]")
        try expectSentences("[[John F. Kennedy spoke.]]")
        try expectSentences("[[The winner was Plan B.]] [[The others lost.]]")
        try expectSentences("[[The last to speak was I.]] [[Someone laughed.]]")
    }

    @Test func dottedInitialismsEndOnlyBeforeSentenceStarters() throws {
        try expectSentences("[[He moved to the U.S. last year.]]")
        try expectSentences("[[The U.S. Army arrived.]]")
        try expectSentences("[[She lives in the U.S.]] [[The weather is fine.]]")
        try expectSentences("[[It opens at 9 a.m. and closes at 5 p.m.]] [[It is busy.]]")
        try expectSentences("[[Exports to the U.K. 20 years ago were small.]]")
    }

    @Test func innerDotsAreNoBoundaries() throws {
        try expectSentences("[[Pi is 3.14 and the price is 1,000.50 dollars.]] [[Version v2.0 shipped at 10:30.]]")
        try expectSentences("[[It raised $1.5m in the 3rd round.]] [[Good.]]")
        try expectSentences("[[Visit www.example.com or http://x.y/z today.]] [[Then write.]]")
        try expectSentences("[[Mail info@example.com with report.pdf attached.]] [[Thanks.]]")
    }

    @Test func ellipsesEndOnlyBeforeCapitals() throws {
        try expectSentences("[[Well... maybe not.]]")
        try expectSentences("[[I waited…]] [[Then it rang.]]")
        try expectSentences("[[It ended...]] [[Nobody knew why.]]")
        try expectSentences("[[It was . . . odd.]] [[Then . . .]] [[Nothing.]]")
    }

    @Test func lowerCaseAfterAStop() throws {
        // Informal writing starts sentences in lower case after a plain word.
        try expectSentences("[[i went home.]] [[then i slept.]]")
        // An unknown short abbreviation before lower case is no end.
        try expectSentences("[[Mix it w. water and stir.]]")
        try expectSentences("[[Add approx. two cups.]]")
    }

    @Test func exclamationBeforeLowerCaseStillEnds() throws {
        try expectSentences("[[That was great!]] [[i loved it.]]")
    }

    @Test func emoticonsStayWithTheirSentence() throws {
        try expectSentences("[[That was fun :)]] [[See you tomorrow.]]")
        try expectSentences("[[Great game. ;-)]] [[Next week again.]]")
        try expectSentences("[[Sad news :( but we go on.]]")
    }

    @Test func fullWidthMarksNeedNoSpace() throws {
        try expectSentences("[[你好。]][[再见！]]")
    }
}
