import TextPipeCore

/// The run at a glance, gathered one document at a time so that a report of
/// any size is written without holding its documents in memory.
struct RunOverview {
    /// How many of the most frequent entities per label, and keyphrases, the page lists.
    static let topEntities = 10
    static let topKeyphrases = 20

    private(set) var documents = 0
    private(set) var textBytes = 0
    private(set) var words = 0
    private(set) var droppedSpans = 0
    private(set) var labelMentions = FrequencyTable()
    private(set) var labelDocuments = FrequencyTable()
    /// Mentions of each entity text, by label.
    private(set) var entityTexts: [String: FrequencyTable] = [:]
    /// Documents carrying each tag.
    private(set) var tagDocuments = FrequencyTable()
    /// Documents carrying each keyphrase.
    private(set) var keyphraseDocuments = FrequencyTable()
    /// Documents carrying each output key, keys in the order first seen.
    private(set) var keys = IndexTable()
    private(set) var keyDocuments: [Int] = []
    private(set) var wordCounts: [Int] = []
    private(set) var summaryShares: [Double] = []

    mutating func add(_ document: EmbeddedDocument) {
        documents += 1
        textBytes += document.text.utf8.count
        words += document.wordCount
        wordCounts.append(document.wordCount)
        droppedSpans += document.droppedSpans
        if let share = document.summaryShare { summaryShares.append(share) }
        for key in document.keys {
            let index = keys.index(of: key)
            if index == keyDocuments.count { keyDocuments.append(0) }
            keyDocuments[index] += 1
        }
        for entity in document.entities ?? [] {
            labelMentions.add(entity.label)
            entityTexts[entity.label, default: FrequencyTable()].add(Self.oneLine(entity.text))
        }
        for label in Set((document.entities ?? []).map(\.label)) { labelDocuments.add(label) }
        for tag in Set((document.tags ?? []).map(\.name)) { tagDocuments.add(tag) }
        for keyphrase in Set((document.keywords ?? []).map(\.name)) { keyphraseDocuments.add(keyphrase) }
    }

    /// An entity's text with line breaks as spaces, so a name broken over two lines counts as one.
    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Counts per entity label, most mentioned first: `[label, mentions, documents]`.
    var labelCounts: [(label: String, mentions: Int, documents: Int)] {
        labelMentions.top(Int.max).map { ($0.name, $0.count, labelDocuments.counts[$0.name] ?? 0) }
    }

    /// Documents per output key, in the order keys were first seen.
    var keyCounts: [(key: String, documents: Int)] {
        zip(keys.names, keyDocuments).map { ($0, $1) }
    }
}
