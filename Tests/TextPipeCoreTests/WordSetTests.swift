import Testing
@testable import TextPipeCore

@Suite struct WordSetTests {
    @Test func findsWordsFromByteSlicesWithCaseFolding() {
        let set = WordSet(["mr", "dr", "e.g"])
        var text = "Mr Smith, DR. e.g"
        text.withUTF8 { bytes in
            #expect(set.contains(bytes, 0..<2, foldingCase: true))
            #expect(!set.contains(bytes, 0..<2, foldingCase: false))
            #expect(set.contains(bytes, 10..<12, foldingCase: true))
            #expect(!set.contains(bytes, 3..<8, foldingCase: true))
            #expect(set.contains(bytes, 14..<17))
        }
        #expect(set.count == 3)
    }

    @Test func readsListsWithComments() {
        let set = WordSet(list: "# titles\nmr\n\n  dr  # doctor\n")
        #expect(set.contains("mr"))
        #expect(set.contains("dr"))
        #expect(set.count == 2)
    }

    @Test func stopwordsAreLoaded() {
        #expect(Stopwords.english.contains("the"))
        #expect(!Stopwords.english.contains("parliament"))
    }
}
