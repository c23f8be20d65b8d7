import Foundation
import TextPipeCore

/// Scores a document against a taxonomy by counting cue hits among its
/// content words.
struct TopicScorer {
    /// How fast a topic's strength saturates with its cue density: at this
    /// rate a topic whose cues are 5% of the content words has strength 0.63.
    static let saturation = 20.0

    let taxonomy: Taxonomy

    /// Cue hits per topic (a phrase cue counts once per word it covers) and
    /// the number of content words.
    func hits(in terms: TokenTerms) -> (hits: [Int], contentWords: Int) {
        var hits = Array(repeating: 0, count: taxonomy.topics.count)
        var contentWords = 0
        var index = 0
        while index < terms.roles.count {
            guard terms.roles[index].countsForTopics else {
                index += 1
                continue
            }
            contentWords += 1
            if let phrase = longestPhrase(at: index, in: terms) {
                hits[phrase.topic] += phrase.stems.count
                index += phrase.stems.count
                contentWords += phrase.stems.count - 1
                continue
            }
            for topic in taxonomy.wordCues[terms.stems[index]] ?? [] { hits[topic] += 1 }
            index += 1
        }
        return (hits, contentWords)
    }

    /// The longest phrase cue whose words start at token `start`.
    private func longestPhrase(at start: Int, in terms: TokenTerms) -> Taxonomy.PhraseCue? {
        taxonomy.phraseCues[terms.stems[start]]?.first { cue in
            start + cue.stems.count <= terms.stems.count
                && cue.stems.indices.allSatisfy { terms.stems[start + $0] == cue.stems[$0] && terms.stems[start + $0] != 0 }
        }
    }

    /// Tags scoring at least `minScore`, best first, at most `maxTags`.
    ///
    /// A topic's score is the geometric mean of its strength (how dense its
    /// cues are among the content words, saturating) and its share of all
    /// cue hits: a document must both be about the topic and be more about
    /// it than about the others.
    func tags(for terms: TokenTerms, minScore: Double, maxTags: Int) -> [Tag] {
        let (hits, contentWords) = hits(in: terms)
        let totalHits = hits.reduce(0, +)
        guard totalHits > 0 else { return [] }
        let scored = hits.indices.compactMap { topic -> Tag? in
            guard hits[topic] > 0 else { return nil }
            let density = Double(hits[topic]) / Double(contentWords)
            let strength = 1 - exp(-Self.saturation * density)
            let share = Double(hits[topic]) / Double(totalHits)
            return Tag(name: taxonomy.topics[topic], score: (strength * share).squareRoot())
        }
        return scored.filter { $0.score >= minScore }
            .sorted { $0.score > $1.score || ($0.score == $1.score && $0.name < $1.name) }
            .prefix(maxTags).map { $0 }
    }
}
