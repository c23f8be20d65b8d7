import Testing
import TextPipeCore
import TextPipeTesting
@testable import TextPipeTag

/// A text far from every topic gets no tag from the model; news keeps its tags.
@Suite struct TopicEvidenceTests {
    /// `count` words, every `capitalisedEvery`-th of them capitalised (0: none).
    private func terms(words count: Int, capitalisedEvery: Int = 0) -> TopicTerms {
        let words = (0..<count).map { index in
            capitalisedEvery > 0 && index % capitalisedEvery == 0 ? "Harbour" : "harbour"
        }
        return TopicTerms(text: words.joined(separator: " "), hashBits: 12)
    }

    @Test func shortTextsAreNeverJudged() {
        let short = terms(words: TopicEvidence.minimumContentWords - 1)
        #expect(TopicEvidence.value(topicality: 0, terms: short) == nil)
        #expect(!TopicEvidence.isOffTopic(nil, minimum: 100))
    }

    @Test func evidenceIsTopicalityPlusTheWeightedShareOfCapitalisedWords() throws {
        let plain = terms(words: 40)
        #expect(TopicEvidence.value(topicality: 3, terms: plain) == 3)
        let named = terms(words: 40, capitalisedEvery: 4)
        #expect(named.capitalisedWordCount == 10)
        let evidence = try #require(TopicEvidence.value(topicality: 3, terms: named))
        #expect(abs(evidence - (3 + 25 * 0.25)) < 1e-6)
    }

    @Test func aTextIsOffTopicOnlyBelowTheFloor() {
        #expect(TopicEvidence.isOffTopic(6.9, minimum: 7))
        #expect(!TopicEvidence.isOffTopic(7, minimum: 7))
        #expect(!TopicEvidence.isOffTopic(0, minimum: 0))
    }

    @Test(arguments: OffTopicTexts.all.map(\.name))
    func builtInModelGivesOffTopicTextsNoTag(name: String) throws {
        let text = try #require(OffTopicTexts.all.first { $0.name == name }?.text)
        #expect(try topicTags(text).isEmpty, "\(name)")
        #expect(!(try topicTags(text) { $0.minEvidence = 0 }).isEmpty, "\(name): tagged without the floor")
    }

    @Test func builtInModelsReadingOfOffTopicTextsIsBelowItsFloorAndOfNewsAbove() throws {
        let model = try NewsTopicModel.shipped.get()
        for (name, text) in OffTopicTexts.all {
            let reading = try #require(model.reading(of: TopicTerms(text: text, hashBits: model.hashBits)))
            #expect(reading.isOffTopic(minimumEvidence: TopicEvidence.newsModelMinimum), "\(name): \(reading)")
            #expect(abs(reading.probabilities.reduce(0, +) - 1) < 1e-9)
        }
        let news = try #require(model.reading(of: TopicTerms(text: HandWrittenNews.businessReport, hashBits: model.hashBits)))
        #expect(!news.isOffTopic(minimumEvidence: TopicEvidence.newsModelMinimum), "\(news)")
    }

    @Test func longNewsKeepsItsTags() throws {
        #expect(try topicTags(HandWrittenNews.businessReport).first?.name == "business")
    }

    @Test func theFloorIsOffForAModelOfYourOwnUnlessSet() throws {
        var options = TagStage.Options()
        #expect(options.resolvedMinEvidence == TopicEvidence.newsModelMinimum)
        options.model = "my-topics.tpmodel"
        #expect(options.resolvedMinEvidence == 0)
        options.minEvidence = 2
        #expect(options.resolvedMinEvidence == 2)
    }

    @Test(arguments: [-1.0, .infinity, .nan])
    func aBadFloorIsRefused(value: Double) {
        var options = TagStage.Options()
        options.minEvidence = value
        #expect(throws: StageError.self) { try TagStage(options: options) }
    }
}
