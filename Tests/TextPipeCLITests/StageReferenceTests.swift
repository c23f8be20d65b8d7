import Testing
import TextPipe
@testable import TextPipeCLI

@Suite struct StageReferenceTests {
    private let summarize = StageDescription(SummarizeStage.self)

    @Test func detailShowsEveryOptionWithTypeAndDefault() {
        let text = StageReference.detail(summarize)
        #expect(text.hasPrefix("summarize: "))
        #expect(text.contains("needs:    sentences, tokens"))
        for option in summarize.options {
            #expect(text.contains("\(option.name) (\(option.type), default \(option.defaultValue))"))
        }
    }

    @Test func markdownEscapesChoiceBarsInTables() {
        let markdown = StageReference.markdown([StageDescription(CleanStage.self)])
        #expect(markdown.contains("### `clean`"))
        #expect(markdown.contains("auto \\| always \\| never"))
        #expect(!markdown.contains("| auto | always"))
    }

    @Test func listAlignsSummaries() {
        let list = StageReference.list(StandardStages.all.map(StageDescription.init))
        let lines = list.split(separator: "\n").prefix(5)
        let summaryColumns = lines.map { line -> Int in
            let afterName = line.firstIndex(of: " ")!
            let summaryStart = line[afterName...].firstIndex { $0 != " " }!
            return line.distance(from: line.startIndex, to: summaryStart)
        }
        #expect(lines.count == 5)
        #expect(Set(summaryColumns).count == 1)
    }
}
