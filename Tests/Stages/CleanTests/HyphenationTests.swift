import Testing
import TextPipeCore
@testable import TextPipeClean

private func joined(_ text: String) throws -> String {
    try cleaned(text) { $0.boilerplate = false; $0.repeatedLines = false }.text
}

@Suite struct HyphenationTests {
    @Test func joinsWordsBrokenAcrossLines() throws {
        #expect(try joined("We need more infor-\nmation about it.") == "We need more information about it.")
        #expect(try joined("Infor-  \r\n   mation") == "Information")
        #expect(try joined("die Straßen-\nbahn fährt") == "die Straßenbahn fährt")
        #expect(try joined("a con-\ntinu-\nous line") == "a continuous line")
    }

    @Test func keepsTheHyphenOfPrefixesAndCompounds() throws {
        #expect(try joined("a self-\nmade man") == "a self-made man")
        #expect(try joined("the well-\nknown and non-\nprofit ex-\nwife") == "the well-known and non-profit ex-wife")
        #expect(try joined("Anti-\ninflation and Co-\noperation") == "Anti-inflation and Co-operation")
        #expect(try joined("a state-of-the-\nart tool") == "a state-of-the-art tool")
    }

    @Test func keepsTheHyphenBeforeCapitalsAndDigits() throws {
        #expect(try joined("Jean-\nPierre and Covid-\n19") == "Jean-Pierre and Covid-19")
    }

    @Test func suspendedHyphensKeepTheirSpace() throws {
        #expect(try joined("pre-\nand post-war") == "pre- and post-war")
        #expect(try joined("Ein-\nund Ausgang") == "Ein- und Ausgang")
    }

    @Test func leavesOtherHyphensAndLineBreaksAlone() throws {
        let texts = [
            "A well-known fact.",
            "Items:\n- first\n- second",
            "infor-\n\nmation stays apart",
            "score 3-\n2 at half time",
            "the end -\nnext line",
            "ends with a hyphen-",
        ]
        for text in texts {
            #expect(try joined(text) == text)
        }
    }

    @Test func removesSoftHyphensAndJoinsAtTheirBreaks() throws {
        #expect(try joined("hy\u{AD}phen\u{AD}ation") == "hyphenation")
        #expect(try joined("infor\u{AD}\nmation and Jean\u{AD}\nPierre") == "information and JeanPierre")
        #expect(try joined("end\u{AD}\n\nNext") == "end\n\nNext")
    }

    @Test func offKeepsLineBreaks() throws {
        let text = "infor-\nmation"
        #expect(try cleaned(text) { $0.hyphenation = false }.text == text)
    }

    @Test func onlyRewritesWhenThereIsSomethingToRepair() {
        var text = "No hyphen at a line end, a well-known case.\nNext line."
        #expect(text.withUTF8(HyphenationRepairer.repair) == nil)
    }
}
