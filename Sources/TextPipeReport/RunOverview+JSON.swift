import TextPipeCore

extension RunOverview {
    /// The overview as the page reads it, with the tables the documents'
    /// label and tag indices refer to, the failures, and the run statistics
    /// (`--stats` JSON) when known. Pairs and triples are arrays, to stay small.
    func json(labels: IndexTable, tags: IndexTable, failures: [ErrorRecord], about: ReportHeading) -> JSONValue {
        var object: JSONObject = [
            "title": .string(about.title),
            "generated": .string(about.generated),
            "output": .string(about.outputPath),
            "documents": .integer(documents),
            "failed": .integer(failures.count),
            "text_bytes": .integer(textBytes),
            "words": .integer(words),
            "labels": .array(labels.names.map { .string($0) }),
            "tags": .array(tags.names.map { .string($0) }),
            "label_counts": .array(labelCounts.map { .array([.string($0.label), .integer($0.mentions), .integer($0.documents)]) }),
            "top_entities": .object(
                JSONObject(
                    labelCounts.map { label in
                        (label.label, Self.pairs(entityTexts[label.label]?.top(Self.topEntities) ?? []))
                    })),
            "tag_counts": Self.pairs(tagDocuments.top(Int.max)),
            "keyphrases": Self.pairs(keyphraseDocuments.top(Self.topKeyphrases)),
            "length_histogram": Self.bins(Histogram.counting(wordCounts)),
            "keys": .array(keyCounts.map { .array([.string($0.key), .integer($0.documents)]) }),
            "failures": .array(failures.map { .array([.string($0.id), .string($0.stage), .string($0.error)]) }),
            "failures_by_stage": Self.pairs(failuresByStage(failures)),
            "dropped_spans": .integer(droppedSpans),
        ]
        if let errorsPath = about.errorsPath { object["errors"] = .string(errorsPath) }
        if !summaryShares.isEmpty {
            object["summary_share"] = Self.bins(Histogram.counting(shares: summaryShares))
            object["summary_share_mean"] = EmbeddedDocument.score(summaryShares.reduce(0, +) / Double(summaryShares.count))
        }
        if let statistics = about.statistics { object["stats"] = .object(statistics) }
        return .object(object)
    }

    private func failuresByStage(_ failures: [ErrorRecord]) -> [(name: String, count: Int)] {
        var stages = FrequencyTable()
        for failure in failures { stages.add(failure.stage) }
        return stages.top(Int.max)
    }

    private static func pairs(_ counts: [(name: String, count: Int)]) -> JSONValue {
        .array(counts.map { .array([.string($0.name), .integer($0.count)]) })
    }

    private static func bins(_ histogram: Histogram) -> JSONValue {
        .array(histogram.bins.map { .array([.double($0.lower), .double($0.upper), .integer($0.count)]) })
    }
}
