import Testing
import TextPipeCore

@testable import TextPipeEntities

/// The case profile: how words are usually written, learnt from running text.
@Suite struct CaseProfileTests {
    private func hash(_ word: String) -> UInt64 { FoldedHash.of(word) }

    private let profile = CaseProfile.learned(from: [
        segmentedDocument(
            "We met in Velmora on a great day. It was a great trip to Velmora. "
                + "The great hall of Velmora was open, they said. Some said Great things, most said great ones."),
        segmentedDocument("GREAT NEWS FROM THE NORTH TODAY. Great views. Velmora"),
    ])

    @Test func learnsWhichWordsAreNamesAndWhichAreCommonWords() {
        #expect(profile.habit(of: hash("velmora")) == .nearlyAlwaysCapitalized)
        #expect(profile.habit(of: hash("Velmora")) == .nearlyAlwaysCapitalized)
        // Four of five in lower case: "Great" inside a sentence once.
        #expect(profile.habit(of: hash("great")) == .mostlyLower)
        #expect(profile.habit(of: hash("said")) == .nearlyAlwaysLower)
    }

    @Test func ignoresSentenceStartsShoutingAndRareWords() {
        // "Some" and "It" occur only at sentence starts, "north" only shouted, "trip" once.
        #expect(profile.habit(of: hash("some")) == .unknown)
        #expect(profile.habit(of: hash("north")) == .unknown)
        #expect(profile.habit(of: hash("trip")) == .unknown)
    }

    @Test func theHabitIsAFeatureOfTheToken() {
        let document = segmentedDocument("Great food in Velmora.")
        func keys(_ profile: CaseProfile) -> [UInt32] {
            document.withUTF8 { bytes in
                let text = TokenText(bytes: bytes, tokens: document.tokens!)
                let features = DocumentFeatures(text: text, sentences: [0..<text.count], caseProfile: profile)
                var first: [UInt32] = []
                features.forEachToken(in: 0..<text.count) { index, keys in if index == 0 { first = Array(keys) } }
                return first
            }
        }
        #expect(keys(profile) != keys(.empty))
    }
}
