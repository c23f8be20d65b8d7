import TextPipe

/// Annotates each document with its headline: the first sentence, cut to a
/// number of words.
struct HeadlineStage: Stage {
    struct Options: StageOptions {
        /// The most words the headline keeps.
        var maxWords = 12

        init() {}

        enum CodingKeys: String, CodingKey {
            case maxWords = "max_words"
        }

        static var documentation: [OptionDocumentation] {
            [OptionDocumentation("max_words", type: "integer", help: "The most words the headline keeps; longer ones end in '…'.")]
        }
    }

    /// The `headline` output key.
    enum HeadlineKey: AnnotationKey {
        typealias Value = String
        static let name = "headline"
    }

    static let name = "headline"
    static let summary = "Takes the first sentence as the document's headline."
    static let needs: [Annotation] = [.sentences, .tokens]
    static let provides: [Annotation] = ["headline"]

    private let maxWords: Int

    init(options: Options) throws {
        guard options.maxWords >= 1 else { throw StageError("max_words must be at least 1") }
        maxWords = options.maxWords
    }

    func process(_ document: inout Document) throws {
        guard let first = document.sentences?.first, let tokens = document.tokens else { return }
        let words = tokens[first.tokens].filter { $0.kind == .word }
        guard words.count > maxWords else {
            document.annotations[HeadlineKey.self] = document.text(of: first.span)
            return
        }
        let kept = Span(start: first.span.start, end: words[maxWords - 1].span.end)
        document.annotations[HeadlineKey.self] = document.text(of: kept) + "…"
    }
}
