import TextPipeCore

/// The training sentences as the perceptron reads them: per token the rows
/// of its features and its gold tag, all in flat arrays.
struct TrainingSet {
    /// The feature key of each row.
    var keys: [UInt32] = []
    /// The rows of all tokens' features, token after token.
    var featureRows: [Int32] = []
    /// Where each token's rows start in ``featureRows``, plus the end.
    var tokenStarts: [Int] = [0]
    /// The gold tag of each token.
    var tags: [UInt8] = []
    /// The tags each token cannot take.
    var restrictions: [TagRestrictions] = []
    /// Where each sentence's tokens start, plus the end.
    var sentenceStarts: [Int] = [0]
    /// The index of each sentence's document in the documents the set was built from.
    var sentenceDocuments: [Int] = []
    /// The label indices each sentence's gold leaves unmarked (see ``EntityTrainingDocument/unlabelled``).
    var sentenceUnlabelled: [Set<Int>] = []

    var sentenceCount: Int { sentenceStarts.count - 1 }

    /// The sentences of `documents` with gold tags over `labels`, keeping only
    /// features seen at least `minimumCount` times; also how the gold fitted.
    static func build(
        from documents: [EntityTrainingDocument], labels: [EntityLabel], caseProfile: CaseProfile,
        clusters: WordClusters, minimumCount: Int
    ) -> (TrainingSet, AlignmentCounts) {
        var counts = AlignmentCounts()
        var keysOfTokens: [UInt32] = []
        var set = TrainingSet()
        for (documentIndex, training) in documents.enumerated() {
            let tokens = training.document.tokens ?? []
            training.document.withUTF8 { bytes in
                let text = TokenText(bytes: bytes, tokens: tokens)
                let (sentences, documentCounts) = training.taggedSentences(labels: labels, text: text)
                counts.add(documentCounts)
                let features = DocumentFeatures(
                    text: text, sentences: sentences.map(\.tokens), caseProfile: caseProfile, clusters: clusters)
                let unlabelled = Set(training.unlabelled.compactMap { labels.firstIndex(of: $0) })
                for sentence in sentences {
                    features.forEachToken(in: sentence.tokens) { index, keys in
                        keysOfTokens.append(contentsOf: keys)
                        set.restrictions.append(features.restrictions(of: index, in: sentence.tokens))
                        set.tokenStarts.append(keysOfTokens.count)
                    }
                    set.tags.append(contentsOf: sentence.tags.map(UInt8.init))
                    set.sentenceStarts.append(set.tags.count)
                    set.sentenceDocuments.append(documentIndex)
                    set.sentenceUnlabelled.append(unlabelled)
                }
            }
        }
        var frequency: [UInt32: Int32] = [:]
        for key in keysOfTokens { frequency[key, default: 0] += 1 }
        var rowOfKey: [UInt32: Int32] = [:]
        for (key, count) in frequency where count >= minimumCount {
            rowOfKey[key] = Int32(set.keys.count)
            set.keys.append(key)
        }
        // Rows in key order, so that the same data always gives the same model.
        let order = set.keys.indices.sorted { set.keys[$0] < set.keys[$1] }
        set.keys = order.map { set.keys[$0] }
        for (row, key) in set.keys.enumerated() { rowOfKey[key] = Int32(row) }
        var starts = [0]
        starts.reserveCapacity(set.tokenStarts.count)
        set.featureRows.reserveCapacity(keysOfTokens.count)
        for token in 0..<set.tokenStarts.count - 1 {
            for key in keysOfTokens[set.tokenStarts[token]..<set.tokenStarts[token + 1]] {
                if let row = rowOfKey[key] { set.featureRows.append(row) }
            }
            starts.append(set.featureRows.count)
        }
        set.tokenStarts = starts
        return (set, counts)
    }
}
