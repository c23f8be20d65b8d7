import Testing
import TextPipeCore

@Suite struct SuggestionTests {
    @Test func editDistanceCountsInsertionsDeletionsAndSubstitutions() {
        #expect(Suggestion.editDistance("kitten", "sitting") == 3)
        #expect(Suggestion.editDistance("stages", "stage") == 1)
        #expect(Suggestion.editDistance("stage", "stages") == 1)
        #expect(Suggestion.editDistance("clean", "clear") == 1)
        #expect(Suggestion.editDistance("same", "same") == 0)
        #expect(Suggestion.editDistance("", "abc") == 3)
        #expect(Suggestion.editDistance("abc", "") == 3)
    }

    @Test func adjacentTranspositionIsOneEdit() {
        #expect(Suggestion.editDistance("ab", "ba") == 1)
        #expect(Suggestion.editDistance("jbos", "jobs") == 1)
        #expect(Suggestion.editDistance("segmnet", "segment") == 1)
        #expect(Suggestion.editDistance("abcd", "badc") == 2)
    }

    @Test func editDistanceCountsScalarsNotBytes() {
        #expect(Suggestion.editDistance("café", "cafe") == 1)
        #expect(Suggestion.editDistance("naïve", "naive") == 1)
    }

    @Test func suggestsTheClosestCandidate() {
        let stages = ["clean", "segment", "entities", "summarize", "tag"]
        #expect(Suggestion.closest(to: "sumarize", among: stages) == "summarize")
        #expect(Suggestion.closest(to: "entites", among: stages) == "entities")
        #expect(Suggestion.closest(to: "SEGMENT", among: stages) == "segment")
        #expect(Suggestion.closest(to: "segmnt", among: ["segments", "segment"]) == "segment")
    }

    @Test func suggestsAnotherFormOfTheSameWord() {
        let stages = ["clean", "segment", "entities", "summarize", "tag"]
        #expect(Suggestion.closest(to: "entity", among: stages) == "entities")
        #expect(Suggestion.closest(to: "summary", among: stages) == "summarize")
        #expect(Suggestion.closest(to: "segmentation", among: stages) == "segment")
        #expect(Suggestion.closest(to: "tagger", among: stages) == nil)
    }

    @Test func noSuggestionForUnrelatedWords() {
        let keys = ["name", "input", "output", "jobs", "stages"]
        #expect(Suggestion.closest(to: "banana", among: keys) == nil)
        #expect(Suggestion.closest(to: "xyz", among: keys) == nil)
        #expect(Suggestion.closest(to: "anything", among: []) == nil)
        // A short word allows one edit only; a longer one up to a third of its length.
        #expect(Suggestion.closest(to: "jxxs", among: keys) == nil)
        #expect(Suggestion.closest(to: "oputput", among: keys) == "output")
        #expect(Suggestion.closest(to: "oxxxut", among: keys) == nil)
    }

    @Test func didYouMeanFormatsOrStaysEmpty() {
        #expect(Suggestion.didYouMean("stage", among: ["name", "stages"]) == "; did you mean 'stages'?")
        #expect(Suggestion.didYouMean("zzzzzz", among: ["name", "stages"]) == "")
    }
}
