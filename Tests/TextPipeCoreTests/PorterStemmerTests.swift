import Testing
import TextPipeCore

@Suite struct PorterStemmerTests {
    private func stem(_ word: String) -> String {
        var bytes = Array(word.utf8)
        PorterStemmer.stem(&bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test(arguments: [
        ("caresses", "caress"), ("ponies", "poni"), ("cats", "cat"), ("feed", "feed"), ("agreed", "agre"),
        ("plastered", "plaster"), ("motoring", "motor"), ("sing", "sing"), ("conflated", "conflat"),
        ("troubled", "troubl"), ("sized", "size"), ("hopping", "hop"), ("falling", "fall"), ("filing", "file"),
        ("happy", "happi"), ("sky", "sky"), ("relational", "relat"), ("conditional", "condit"),
        ("generalization", "gener"), ("electricity", "electr"), ("adjustment", "adjust"), ("adoption", "adopt"),
        ("controlling", "control"), ("elections", "elect"), ("rates", "rate"), ("hopeful", "hope"),
    ])
    func stemsLikeTheReferenceAlgorithm(word: String, expected: String) {
        #expect(stem(word) == expected)
    }

    @Test func leavesShortAndNonLowercaseWordsAlone() {
        #expect(stem("is") == "is")
        #expect(stem("well-known") == "well-known")
        #expect(stem("Cats") == "Cats")
    }
}
