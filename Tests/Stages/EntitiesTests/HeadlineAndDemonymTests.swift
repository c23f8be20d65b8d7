import Testing
import TextPipeCore
import TextPipeTesting

@testable import TextPipeEntities

/// What a news reader expects of a scraped article: a title-case headline is
/// no run of names, adjectives of nationality are MISC, and long organisation
/// names with function words come out whole (built-in model, own texts).
@Suite struct HeadlineAndDemonymTests {
    /// An article in the usual shape: a title-case headline, then prose that
    /// names the same people and uses the headline's common words in lower case.
    private let article = """
        Okonkwo and Haldane Discuss Drought Relief and Grain Exports

        Nigerian President Chidi Okonkwo spoke by telephone with Irish Prime Minister Maeve Haldane on Friday.

        They discussed drought relief, grain exports and the work of the Collective Security Treaty Organization. \
        Okonkwo said that Central Asian and West African farmers face the same threat. Haldane promised help from \
        the Bank of England and the University of California.
        """

    @Test func aHeadlineIsNotOneLongName() throws {
        let headline = try found(article, keeping: [.person, .organization, .location, .miscellaneous])
            .prefix { !$0.hasPrefix("Nigerian") }
        #expect(Array(headline) == ["Okonkwo|PERSON", "Haldane|PERSON"])
    }

    @Test func adjectivesOfNationalityAndPlaceAreMisc() throws {
        let entities = try found(article)
        for adjective in ["Nigerian", "Irish", "Central Asian", "West African"] {
            #expect(entities.contains("\(adjective)|MISC"), "\(adjective) in \(entities)")
        }
        #expect(!entities.contains { $0.hasPrefix("Central") && !$0.hasSuffix("|MISC") })
    }

    @Test func longOrganisationNamesAreFoundWhole() throws {
        let entities = try found(article)
        for name in ["Collective Security Treaty Organization", "Bank of England", "University of California"] {
            #expect(entities.contains("\(name)|ORG"), "\(name) in \(entities)")
        }
    }

    @Test func headingCommonWordsComeFromTheProse() {
        withTokenText(article) { text, document in
            let sentences = TokenRanges.of(document.sentences!, in: text)
            let words = (0..<text.count).map { FoldedHash.of(text.bytes, text.wordRange($0)) }
            let habits = [CaseProfile.Habit](repeating: .unknown, count: text.count)
            let casings = sentences.map { SentenceCasing.of($0, in: text) }
            let common = HeadingEvidence.commonWords(
                in: text, sentences: sentences, casings: casings, habits: habits) { words[$0] }
            let headline = sentences[0].map { index in
                "\(texts(of: [text.tokens[index].span], in: article)[0]):\(common[index] ? "common" : "-")"
            }
            // "Discuss" is unknown to the prose, so without a case profile it may be a name.
            #expect(
                headline == ["Okonkwo:-", "and:-", "Haldane:-", "Discuss:-", "Drought:common", "Relief:common",
                    "and:-", "Grain:common", "Exports:common"])
        }
    }

    @Test func withoutProseHeadingsAreLeftToTheModel() {
        withTokenText("Drought Relief And Grain Exports\nMore Rain Expected In May") { text, document in
            let sentences = TokenRanges.of(document.sentences!, in: text)
            let words = (0..<text.count).map { FoldedHash.of(text.bytes, text.wordRange($0)) }
            let habits = [CaseProfile.Habit](repeating: .nearlyAlwaysLower, count: text.count)
            let casings = sentences.map { SentenceCasing.of($0, in: text) }
            #expect(
                HeadingEvidence.commonWords(
                    in: text, sentences: sentences, casings: casings, habits: habits) { words[$0] }.isEmpty)
        }
    }

    @Test(arguments: [
        ("Talks on Trade and Security in Geneva", SentenceCasing.heading),
        ("Ministers Meet In Oslo", .heading),
        ("Anna met Bob in Oslo", .normal),
        ("the talks went on", .lowercase),
    ])
    func titleCaseLinesAreHeadings(_ line: String, _ casing: SentenceCasing) {
        withTokenText(line) { text, _ in
            #expect(SentenceCasing.of(0..<text.count, in: text) == casing)
        }
    }
}
