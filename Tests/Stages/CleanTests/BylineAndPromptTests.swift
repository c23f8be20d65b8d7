import Testing
import TextPipeCore
@testable import TextPipeClean

/// The lines of `text` the boilerplate filter drops.
private func dropped(_ text: String) throws -> [String] {
    let kept = Set(try cleaned(text) { $0.repeatedLines = false }.text.split(separator: "\n").map(String.init))
    return text.split(separator: "\n").map(String.init).filter { !kept.contains($0) }
}

@Suite struct BylineAndPromptTests {
    @Test func dropsBylinesAtTheTop() throws {
        let bylines = [
            "By Jane Doe",
            "By Jane Doe | Staff Writer",
            "BY JANE DOE",
            "By Jane Doe and John Roe, City Desk",
            "By Ana de la Cruz · 4 min read",
            "By J. O’Neil-Smith",
            "By AFP",
            "Written by Jane Doe",
        ]
        for byline in bylines {
            #expect(try dropped("Harbour reopens\n\(byline)\n\nThe harbour reopened on Tuesday.") == [byline])
        }
    }

    @Test func dropsWrittenByLinesAnywhereButPlainByOnlyAtTheTop() throws {
        let body = (1...8).map { "Paragraph \($0) of the story." }.joined(separator: "\n")
        #expect(try dropped("Title\n\(body)\nReported by Jane Doe") == ["Reported by Jane Doe"])
        #expect(try dropped("Title\n\(body)\nBy Jane Doe").isEmpty)
    }

    @Test func keepsSentencesStartingWithBy() throws {
        let lines = [
            "By the end of the year, prices rose",
            "By Monday, the council had voted",
            "By Jane Doe’s own account, it worked.",
            "Written by Jane Austen, the novel sold well.",
            "Written by hand, the letters survived",
            "By 2030 the line will be electric",
        ]
        for line in lines {
            #expect(try dropped("Title\n\(line)\n\nBody text follows here.").isEmpty)
        }
    }

    @Test func dropsPromptsAndCredits() throws {
        let text = """
            Harbour reopens
            Skip to content
            Sign in | Register
            Reading time: 3 min
            5 min read
            Listen to this article · 4 min
            Updated On: 3 March 2024
            Click to share on X
            We use cookies to improve your experience.
            Accept all cookies
            Cookie settings
            Image credit: Jane Doe
            Photo by Jane Doe/Agency
            Subscribe for unlimited access
            Click to enlarge

            The harbour reopened on Tuesday.
            """
        let removed = try dropped(text)
        #expect(removed.count == 14)
        #expect(!removed.contains("Harbour reopens"))
    }

    @Test func keepsSentencesMentioningTheSameWords() throws {
        let lines = [
            "Reading times improved among pupils",
            "She signed in at the front desk.",
            "Sign in the window read: closed.",
            "We use cookies to line the tart tin.",
            "Cookies were served after the vote.",
            "The photo by the river won a prize",
            "Listen to this: the band is back.",
            "He will register to vote in May.",
            "Skip to the good part, she said.",
            "It took a long time to read.",
        ]
        for line in lines {
            #expect(try dropped("Title\n\(line)\n\nBody text follows here.").isEmpty)
        }
    }
}
