import Testing
import TextPipeCore
import TextPipeTesting

@testable import TextPipeEntities

/// What the model sees of each token: shapes, list memberships, phrases,
/// neighbours, and the tags structure rules out.
@Suite struct FeatureTests {
    /// The attributes of each token of `text`.
    private func attributes(_ text: String) -> [TokenAttributes] {
        withTokenText(text) { text, _ in (0..<text.count).map { TokenAttributes(text, $0) } }
    }

    /// The listed-phrase mark of each token of `text`, taken as one sentence.
    private func phrases(_ text: String) -> [UInt64] {
        withTokenText(text) { text, _ in
            let attributes = (0..<text.count).map { TokenAttributes(text, $0) }
            return ListedPhrases.marks(in: [0..<text.count], of: text, classes: attributes.map(\.classes)) {
                attributes[$0].hasPossessive
            }
        }
    }

    @Test func shapesCutRunsAtFourAndShortShapesAtOne() {
        let tokens = attributes("Paris Amsterdam Ada PARIS 12-34 1-2")
        #expect(tokens[0].shape == tokens[1].shape)  // Xxxxx
        #expect(tokens[0].shape != tokens[2].shape)  // Xxx
        #expect(tokens[0].shortShape == tokens[2].shortShape)  // Xx
        #expect(tokens[0].shortShape != tokens[3].shortShape)  // X
        #expect(tokens[4].shape != tokens[5].shape)  // dd-dd, d-d
        #expect(tokens[4].shortShape == tokens[5].shortShape)  // d-d
    }

    @Test func wordsIgnoreCaseAndPossessives() {
        let tokens = attributes("Smith's smith SMITH Smyth")
        #expect(tokens[0].word == tokens[1].word)
        #expect(tokens[1].word == tokens[2].word)
        #expect(tokens[0].hasPossessive && !tokens[1].hasPossessive)
        #expect(tokens[1].word != tokens[3].word)
        #expect(tokens[1].exactWord != tokens[2].exactWord)
    }

    @Test func listsGiveWordClasses() {
        let tokens = attributes("Anna Smith the Bank River Iraqi")
        #expect(tokens[0].classes.contains(.givenName))
        #expect(tokens[1].classes.contains(.surname))
        #expect(tokens[2].classes.contains(.nonEntity))
        #expect(tokens[3].classes.contains(.organisationWord))
        #expect(tokens[4].classes.contains(.placeWord))
        #expect(tokens[5].classes.contains(.demonym))
    }

    @Test func listedPhrasesMarkEachTokenWithItsPosition() {
        let marks = phrases("From New York City to St. Louis and Paris")
        let kind = UInt64(WordClasses.place.rawValue) << 2 | 0x1000
        let expected: [UInt64] = [
            0, kind | 0, kind | 1, kind | 2, 0, kind | 0, kind | 1, kind | 2, 0, kind | 3,
        ]
        #expect(marks == expected)
    }

    @Test func phrasesNeedSingleSpaces() {
        let marks = phrases("New  York")
        #expect(marks[0] == 0)  // not "New York", only "York" alone
        #expect(marks[1] & 3 == UInt64(TagSet.Position.unit.rawValue))
    }

    @Test func featuresAreTheSameForTheSameText() {
        func keys(_ text: String) -> [[UInt32]] {
            let document = segmentedDocument(text)
            return document.withUTF8 { bytes in
                let tokenText = TokenText(bytes: bytes, tokens: document.tokens!)
                let features = DocumentFeatures(text: tokenText, sentences: [0..<tokenText.count], caseProfile: .empty)
                var all: [[UInt32]] = []
                features.forEachToken(in: 0..<tokenText.count) { _, keys in all.append(Array(keys)) }
                return all
            }
        }
        let first = keys("Anna met Bob in Oslo.")
        #expect(first == keys("Anna met Bob in Oslo."))
        #expect(first.count == 6)
        #expect(first.allSatisfy { $0.count > 15 && $0.count <= DocumentFeatures.maximumPerToken })
        // The next word is a feature: changing it changes the features of "Bob".
        #expect(first[2] != keys("Anna met Bob at Oslo.")[2])
    }

    @Test func punctuationFunctionWordsAndLineBreaksRestrictTags() {
        let document = segmentedDocument("However show , Anna\nBerg")
        document.withUTF8 { bytes in
            let text = TokenText(bytes: bytes, tokens: document.tokens!)
            let features = DocumentFeatures(text: text, sentences: [0..<text.count], caseProfile: .empty)
            let all = 0..<text.count
            #expect(features.restrictions(of: 0, in: all) == .cannotBegin)  // "However"
            #expect(features.restrictions(of: 1, in: all) == [])  // "show"
            #expect(features.restrictions(of: 2, in: all) == [.cannotBegin, .cannotEnd])  // ","
            #expect(features.restrictions(of: 4, in: all) == .cannotContinue)  // "Berg" after a line break
        }
    }

    /// The tags each token of `text` may not take, as "token:restrictions" ("-" for none, "all" for only O).
    private func restrictions(_ text: String) -> [String] {
        withTokenText(text) { tokenText, _ in
            let features = DocumentFeatures(text: tokenText, sentences: [0..<tokenText.count], caseProfile: .empty)
            return (0..<tokenText.count).map { index in
                let found = features.restrictions(of: index, in: 0..<tokenText.count)
                let word = texts(of: [tokenText.tokens[index].span], in: text)[0]
                let all: TagRestrictions = [.cannotBegin, .cannotEnd, .cannotContinue]
                return "\(word):\(found == all ? "all" : found.isEmpty ? "-" : "some")"
            }
        }
    }

    @Test func partsOfMachineIdentifiersCannotBeNames() {
        #expect(
            restrictions("Mira_notes.doc and alt.music.jazz")
                == ["Mira:all", "_:some", "notes:all", ".:some", "doc:all", "and:some", "alt:all", ".:some",
                    "music:all", ".:some", "jazz:all"])
        // Capitalised or spaced, dots are ordinary: "U.S.", "Amazon.com", a sentence end.
        #expect(restrictions("Amazon.com won.").prefix(3) == ["Amazon:-", ".:some", "com:-"])
    }

    @Test func aDashBetweenFieldsIsNoPartOfAName() {
        #expect(
            restrictions("Ana Ruiz - Analyst, Tom Bell -- Associate")
                == ["Ana:-", "Ruiz:-", "-:all", "Analyst:-", ",:some", "Tom:-", "Bell:-", "--:all", "Associate:-"])
        #expect(restrictions("Ana Ruiz – Analyst")[2] == "–:all")
        // A hyphen inside a word joins it.
        #expect(restrictions("Rolls-Royce")[0] == "Rolls-Royce:-")
    }

    /// Only words that may be in a name bring their neighbours to be scored:
    /// capitals (but a sentence's first word usually in lower case), capitals
    /// inside a word, and a name the text writes in lower case.
    @Test func wordsThatMayBeInANameAreFoundByCaseAndHabit() throws {
        let model = try EntityModel(contentsOfFile: try #require(EntitiesStage.builtInModelPath))
        let mayBe = withTokenText("The talks with eBay in paris ended when Anna left") { text, _ in
            let features = DocumentFeatures(text: text, sentences: [0..<text.count], caseProfile: model.caseProfile)
            return (0..<text.count).map { features.mayBeInName($0, in: 0..<text.count) }
        }
        #expect(mayBe == [false, false, false, true, false, true, false, false, true, false])
    }

    @Test(arguments: [false, true])
    func scoresSummedByWordTypeEqualScoresOfEveryKey(withFrequentWords: Bool) throws {
        let path = try #require(EntitiesStage.builtInModelPath)
        let model = try EntityModel(contentsOfFile: path)
        let frequentTypes = withFrequentWords ? FrequentTypes(model: model) : .empty
        #expect(withFrequentWords == !frequentTypes.types.isEmpty)
        let text = "Ana Ruiz met the Bank of England in London. Then Ana met Ruiz again, and the bank said no.\n"
            + "HEADLINE WORDS HERE\nShe paid $5 to Ruiz's firm on May 3."
        withTokenText(text) { tokenText, document in
            let sentences = TokenRanges.of(document.sentences!, in: tokenText)
            let features = DocumentFeatures(
                text: tokenText, sentences: sentences, caseProfile: model.caseProfile, clusters: model.clusters,
                frequentTypes: frequentTypes)
            var typeScores = TypeScores(features: features, model: model)
            let tagCount = model.tags.count
            var byKeys = [Float](repeating: 0, count: tagCount)
            var byTypes = [Float](repeating: 0, count: tagCount)
            for sentence in sentences {
                let casing = SentenceCasing.of(sentence, in: tokenText)
                features.forEachToken(in: sentence) { index, keys in
                    byKeys.withUnsafeMutableBufferPointer { model.score(keys, into: $0.baseAddress!) }
                    byTypes.withUnsafeMutableBufferPointer {
                        typeScores.score(index, in: sentence, casing: casing, features: features, into: $0.baseAddress!)
                    }
                    #expect(byKeys == byTypes, "token \(index)")
                }
            }
        }
    }
}
