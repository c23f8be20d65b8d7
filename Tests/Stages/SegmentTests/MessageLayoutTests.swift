import Testing
import TextPipeCore
@testable import TextPipeSegment

/// Sentence ends in mail and postings that no punctuation marks.
@Suite struct MessageLayoutTests {
    @Test func headerStampsStandApart() throws {
        try expectSentences("[[Ada Brook]] [[11/02/2003 09:15 AM]] [[Could you send the file?]]")
        try expectSentences("[[Sent by Joe Park on 5/6/2004 10:01:12 PM]] [[The meeting moved.]]")
        try expectSentences("[[Notes added on 01/02/03 07:30:00]] [[we kept them.]]")
        try expectSentences("[[The bus leaves at 10:30 AM every day.]]")
    }

    @Test func addressesEndSentencesBeforeCapitals() throws {
        try expectSentences("[[Mail: jo.ray@example.net]] [[Call me after lunch.]]")
        try expectSentences("[[Photos: http://example.org/a.html]] [[http://example.org/b.html]]")
        try expectSentences("[[Look at www.example.com for the times.]]")
        try expectSentences(#"[[From: "Ann" <ann@example.com>]] [[Subject matters less.]]"#)
        try expectSentences("[[I liked these...]] [[http://example.org/p.html]]")
    }

    @Test func rulesStandApart() throws {
        try expectSentences("[[The show ends here.]] [[***]] [[A new story begins.]]")
        try expectSentences("[[Kind words from Lee]] [[____________]] [[Join our club online.]]")
        try expectSentences("[[See you then]] [[===========]]")
        try expectSentences("[[****WARNING****]] [[This mail is private.]]")
        try expectSentences("[[The score was 3 * 4 = 12 at the end.]]")
    }

    @Test func signatureDashStandsApart() throws {
        try expectSentences("[[We will meet again.]] [[--]] [[Sent from my phone]]")
        try expectSentences("[[The plan -- if it works -- saves time.]]")
    }

    @Test func greetingsAndClosingsStandApart() throws {
        try expectSentences("[[Hi,]] [[The room is booked for you.]]")
        try expectSentences("[[Dear team,]] [[Our trip starts on Monday.]]")
        try expectSentences("[[Please check the numbers.]] [[Best regards,]] [[Mira Holt]]")
        try expectSentences("[[Thanks,]] [[Omar]]")
        try expectSentences("[[(See the attached plan)]] [[Regards,]] [[Ivo Marsh]]")
        try expectSentences("[[Thanks, I will do that.]]")
        try expectSentences("[[Thank you, Mr. Bell.]]")
        try expectSentences("[[Hello, how are you?]]")
    }

    @Test func namesWithADashOpenAMessage() throws {
        try expectSentences("[[Tom, Sue and Ray -]] [[Here is the plan for Friday.]]")
        try expectSentences("[[The Red Sox - Yankees game was long.]]")
    }

    @Test func strayMarksFromLostCharacters() throws {
        try expectSentences("[[The form is attached.]] [[?]] [[Send it back soon.]]")
        try expectSentences("[[Mobile:? 555 0100 Home:? 555 0101]]")
    }
}
