import Testing
import TextPipeCore
import TextPipeTesting
@testable import TextPipeSegment

/// The well-known hard cases of English sentence splitting, one test per family.
@Suite struct ClassicCaseTests {
    @Test func abbreviationsBeforeCapitalsAndNumbers() throws {
        try expectSentences("[[Prof. Lind and Sen. Ortiz spoke with Mrs. Gray.]] [[They agreed.]]")
        try expectSentences("[[It weighs approx. 20 kg and fig. 4 shows it.]] [[Nice.]]")
        try expectSentences("[[The firm Dunn & Co. won the bid.]] [[Its rival is Dale Co.]] [[It lost.]]")
    }

    @Test func dottedCountryNamesAtTheEndAndInside() throws {
        try expectSentences("[[She flew back to the U.S.]] [[The trip took a day.]]")
        try expectSentences("[[He served in the U.S. Navy for 20 years.]]")
        try expectSentences("[[They lived in the U.K. for ten years.]] [[Then they left.]]")
        try expectSentences("[[Is this the E.U. or the U.N.?]] [[Nobody knew.]]")
    }

    @Test func initialsAndMiddleNames() throws {
        try expectSentences("[[J. R. R. Tolkien and C. S. Lewis were friends.]]")
        try expectSentences("[[We met Anna B. Cole at the fair.]] [[She sells jam.]]")
        try expectSentences("[[The poet is T. S. Eliot.]] [[He wrote a lot.]]")
        try expectSentences("[[It is a team of two, you and I.]] [[Did you call Henry I. Moss?]]")
    }

    @Test func listsRunOnInOneLine() throws {
        try expectSentences("[[1.) Boil the water]] [[2.) Add the rice]]")
        try expectSentences("[[1) Boil the water]] [[2) Add the rice]] [[3) Wait]]")
        try expectSentences("[[1. Boil the water.]] [[2. Add the rice.]]")
        try expectSentences("[[1. Boil the water]] [[2. Add the rice]]")
        try expectSentences("[[a. Red paint]] [[b. Blue paint]] [[c. Green paint]]")
        try expectSentences("[[I have two questions]] [[1) where do I park?]] [[2) when does it open?]]")
    }

    @Test func parenthesisedListItems() throws {
        try expectSentences("[[(a) Pack the bags]] [[(b) Lock the door]]")
        try expectSentences("[[(1) Read the form]] [[(2) Sign it]]")
        try expectSentences("[[The rules (see 1 and 2) apply here.]]")
    }

    @Test func bulletsInOneLine() throws {
        try expectSentences("[[• 3. Eat well]] [[• 4. Sleep well]]")
        try expectSentences("[[⁃3. Eat well]] [[⁃4. Sleep well]]")
        try expectSentences("[[Bring:]] [[• a tent]] [[• a lamp]]")
    }

    @Test func quotationsWithMarksInside() throws {
        try expectSentences(#"[["Wait!" she cried.]] [["Is it late?" asked Tom.]]"#)
        try expectSentences("[[She smiled at him, 'That is lovely.' he said.]]")
        try expectSentences(#"[[She said, "That is lovely."]] [[He nodded.]]"#)
        try expectSentences("[[He said, 'Go.']] [[Then he left.]]")
    }

    @Test func sentencesEndingInBrackets() throws {
        try expectSentences("[[He left early (he was tired.)]] [[We stayed.]]")
        try expectSentences("[[She paints (Her brother once sold a painting.) in the garden.]]")
        try expectSentences("[[(We arrive late. )]] [[Then we rest.]]")
    }

    @Test func ellipsisInsideAndAtTheEnd() throws {
        try expectSentences("[[I was thinking... maybe later.]]")
        try expectSentences("[[I never said that....]] [[She walked out.]]")
        try expectSentences("[[I am not sure . . . I think so.]]")
        try expectSentences("[[The list stops with a stop . . . .]] [[Another begins.]]")
        try expectSentences("[[“Things will look simpler. . . .”]]")
    }

    @Test func timesOfDay() throws {
        try expectSentences("[[The shop shuts at 6 p.m.]] [[The staff go home.]]")
        try expectSentences("[[We start at 9 a.m. on Monday.]]")
        try expectSentences("[[At 7 a.m. Mr. Lee opened the shop.]] [[He closed at 8 P.M.]] [[Mr. Lee then left.]]")
        try expectSentences("[[The train leaves at 5:30 p.m. sharp.]]")
    }

    @Test func numberAbbreviationsAndPlaceTitles() throws {
        try expectSentences("[[Room No. 5 is free.]] [[So is No. 6.]]")
        try expectSentences("[[They moved to St. Louis in May.]] [[We climbed Mt. Hood and Mt. Everest.]]")
        try expectSentences("[[You find it at N°. 42.]] [[That is the house.]]")
    }

    @Test func latinAbbreviationsBeforeCapitals() throws {
        try expectSentences("[[Bring fruit, e.g. Apples or Pears.]] [[Thanks.]]")
        try expectSentences("[[Use the main room, i.e. The Hall.]]")
        try expectSentences("[[Call a friend (e.g. Sam) first.]]")
    }

    @Test func decimalsCoordinatesAndMoney() throws {
        try expectSentences("[[It lies at 51.5074° N, 0.1278° W.]] [[It rains a lot.]]")
        try expectSentences("[[The tea costs $3.50.]] [[The cake is 2.75 euros.]]")
        try expectSentences("[[Pi is about 3.14159 today.]]")
    }

    @Test func addressesAndFileNames() throws {
        try expectSentences("[[Write to sam.lee@mail.example.org.]] [[He answers fast.]]")
        try expectSentences("[[The page is at https://example.org/a.b/c.html.]] [[Read it.]]")
        try expectSentences("[[Open notes.v2.txt and setup.py now.]]")
    }

    @Test func degreesAndAcronyms() throws {
        try expectSentences("[[She holds a Ph.D. in botany.]] [[He has a Ph.D.]] [[They met at school.]]")
        try expectSentences("[[The U.N. Assembly met in New York.]] [[It voted.]]")
    }

    @Test func etceteraAtTheEnd() throws {
        try expectSentences("[[We packed pens, paper, etc.]] [[Tom drove.]]")
        try expectSentences("[[Pens, paper, etc. are in the box.]]")
    }

    @Test func doublePunctuation() throws {
        try expectSentences("[[You did what?!]] [[No way!!]] [[Really??]] [[Yes.]]")
        try expectSentences("[[Hi!?]] [[Are you there?]]")
    }

    @Test func exclaimedNames() throws {
        try expectSentences("[[She won on Jeopardy! in the spring.]]")
        try expectSentences("[[That was fun!]] [[we should go again.]]")
    }

    @Test func contractionsOpenSentences() throws {
        try expectSentences("[[The shop opens at 9 a.m.]] [[Let's be early.]]")
        try expectSentences("[[She works for Lark Inc.]] [[It's a small firm.]] [[Don't tell.]]")
    }

    @Test func asidesBetweenDashesGoOn() throws {
        try expectSentences("[[Stir it, bake it, and -- presto! -- dinner is ready.]]")
    }

    @Test func omissionsInBracketsGoOn() throws {
        try expectSentences(#"[["The map [...] showed the river [...]" (Ray 12).]] [[It was old.]]"#)
    }

    @Test func unitsAfterNumbers() throws {
        try expectSentences("[[The shelf is 4 ft. 3 in. wide.]] [[It fits.]]")
        try expectSentences("[[Add 2 oz. of sugar.]]")
    }

    @Test func referenceMarks() throws {
        // Written without markers: the reference's `]` would close one.
        let text = "The bridge opened in 1890.[2] It is still used."
        let sentences = try segmented(text).sentences ?? []
        #expect(texts(of: sentences.map(\.span), in: text) == ["The bridge opened in 1890.[2]", "It is still used."])
    }

    @Test func headingsWithoutPunctuation() throws {
        try expectSentences("[[Opening Hours]]\n[[We open daily at nine.]]")
        try expectSentences("[[Results]]\n\n[[Most tests passed.]]")
    }

    @Test func lowerCaseAfterARealStop() throws {
        try expectSentences("[[went to the park today.]] [[it was sunny.]] [[loved it!]]")
    }

    @Test func flowedLinesGoOn() throws {
        try expectSentences("[[It was a dark \nand stormy night.]]")
    }
}
