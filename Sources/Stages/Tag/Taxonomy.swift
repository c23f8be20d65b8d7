import TextPipeCore

/// Topics with the cue words and phrases that signal them, compiled to
/// stem hashes for lookups straight from tokens.
///
/// Read from YAML mapping each topic to its cues:
/// ```yaml
/// politics: [election, parliament, prime minister]
/// sport: [match, league, world cup]
/// ```
struct Taxonomy {
    /// A multi-word cue: the stems of its words and its topic.
    struct PhraseCue {
        var stems: [UInt64]
        var topic: Int
    }

    /// Topic names, sorted; cues refer to topics by index.
    let topics: [String]
    /// Topics of each one-word cue, by stem hash.
    let wordCues: [UInt64: [Int]]
    /// Multi-word cues by the stem hash of their first word.
    let phraseCues: [UInt64: [PhraseCue]]

    /// Reads the taxonomy at `path`.
    init(contentsOfFile path: String) throws {
        try self.init(topicCues: YAMLResource.decode([String: [String]].self, fromFile: path), name: path)
    }

    /// Reads a taxonomy from YAML text; `name` identifies it in errors.
    init(yaml: String, name: String) throws {
        try self.init(topicCues: YAMLResource.decode([String: [String]].self, from: yaml, name: name), name: name)
    }

    init(topicCues: [String: [String]], name: String) throws {
        guard !topicCues.isEmpty else { throw StageError("\(name): the taxonomy has no topics") }
        topics = topicCues.keys.sorted()
        var wordCues: [UInt64: [Int]] = [:]
        var phraseCues: [UInt64: [PhraseCue]] = [:]
        var scratch: [UInt8] = []
        for (topic, topicName) in topics.enumerated() {
            let cues = topicCues[topicName] ?? []
            guard !cues.isEmpty else { throw StageError("\(name): topic '\(topicName)' has no cue words") }
            for cue in cues {
                var cue = cue
                let stems = try cue.withUTF8 { bytes in
                    try Self.stems(ofCue: bytes, scratch: &scratch, topic: topicName, name: name)
                }
                if stems.count == 1 {
                    let known = wordCues[stems[0], default: []]
                    if !known.contains(topic) { wordCues[stems[0]] = known + [topic] }
                } else {
                    phraseCues[stems[0], default: []].append(PhraseCue(stems: stems, topic: topic))
                }
            }
        }
        // Longest phrases first, so matching can stop at the first hit.
        self.phraseCues = phraseCues.mapValues { $0.sorted { $0.stems.count > $1.stems.count } }
        self.wordCues = wordCues
    }

    /// The stems of a cue's words; throws for cues that could never match.
    private static func stems(
        ofCue bytes: UnsafeBufferPointer<UInt8>, scratch: inout [UInt8], topic: String, name: String
    ) throws -> [UInt64] {
        let tokens = WordTokenizer.tokens(in: bytes)
        let cue = String(decoding: bytes, as: UTF8.self)
        guard tokens.allSatisfy({ $0.kind == .word }) else {
            throw StageError("\(name): topic '\(topic)': cue '\(cue)' may only have words (no numbers or punctuation)")
        }
        guard let first = tokens.first, TokenTerms.isContentWord(bytes, first.span.start..<first.span.end) else {
            throw StageError("\(name): topic '\(topic)': cue '\(cue)' must start with a word that is not a stopword")
        }
        return tokens.map { token in
            let range = token.span.start..<token.span.end
            return TokenTerms.termHash(
                bytes, range, isContentWord: TokenTerms.isContentWord(bytes, range), scratch: &scratch)
        }
    }
}
