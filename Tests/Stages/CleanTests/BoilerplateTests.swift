import Testing
import TextPipeCore
@testable import TextPipeClean

@Suite struct BoilerplateTests {
    @Test func dropsTypicalNewsBoilerplateLines() throws {
        let text = """
            Council approves new park
            author-image
            Updated On: 12 Mar 2024, 10:15 AM IST
            New Update
            Share
            Facebook Twitter WhatsApp
            Share on LinkedIn

            The city council approved a new park on Monday.

            ADVERTISEMENT

            Story continues below advertisement
            Also read: Budget talks stall
            Work starts in spring, officials said.
            Image: City Council
            Follow us on Instagram
            Subscribe to our newsletter
            Copyright © 2024 City News. All rights reserved.
            """
        let document = try cleaned(text)
        #expect(document.text == """
            Council approves new park

            The city council approved a new park on Monday.

            Work starts in spring, officials said.
            """)
        #expect(document.meta["removed_lines"] == .integer(13))
    }

    @Test func keepsSentencesThatMentionTheSameWords() throws {
        let text = """
            Shares fell sharply.
            She said she would share the prize with her team.
            Share prices rose after the advertisement campaign ended.
            Subscribe to what? Nobody asked readers to subscribe to anything, the editor said in a long note.
            Updated figures show growth.
            """
        let document = try cleaned(text)
        #expect(document.text.contains("She said she would share the prize with her team."))
        #expect(document.text.contains("Share prices rose after the advertisement campaign ended."))
        #expect(document.text.contains("Nobody asked readers"))
        #expect(document.text.contains("Shares fell sharply."))
        #expect(document.text.contains("Updated figures show growth."))
        #expect(document.meta["removed_lines"] == nil)
    }

    @Test func dropsARepeatedTitleLine() throws {
        let text = "Storm hits coast\n\nSTORM HITS COAST\n\nWinds reached 120 km/h.\nStorm hits coast"
        let document = try cleaned(text)
        #expect(document.text == "Storm hits coast\n\nWinds reached 120 km/h.")
        #expect(document.meta["removed_lines"] == .integer(2))
    }

    @Test func boilerplateOffKeepsEverything() throws {
        let text = "Title\n\nShare\n\nBody."
        let document = try cleaned(text) { $0.boilerplate = false }
        #expect(document.text == text)
        #expect(document.meta["removed_lines"] == nil)
    }

    @Test func dropsEmptyParagraphsLeftBehindEvenWithWhitespaceOff() throws {
        let text = "Title\n\nAdvertisement\n\nBody  text.\n\nShare:"
        #expect(try cleaned(text) { $0.whitespace = false }.text == "Title\n\nBody  text.")
    }

    @Test func worksOnTextFromHTML() throws {
        let page = "<article><h1>Park opens</h1><p>Share this article</p><p>The park opened.</p><p>Advertisement</p></article>"
        let document = try cleaned(page, format: .html)
        #expect(document.text == "Park opens\n\nThe park opened.")
        #expect(document.meta["removed_lines"] == .integer(2))
    }

    @Test func patternsMatchOnWordBoundaries() {
        let pattern = BoilerplatePattern("share on*")
        func matches(_ line: String) -> Bool {
            var line = line
            return line.withUTF8 { pattern.matches($0, 0..<$0.count) }
        }
        #expect(matches("Share on Facebook"))
        #expect(matches("SHARE ON"))
        #expect(!matches("Share online sales rose"))
    }
}
