import Foundation
import TextPipeCore

/// Ranks candidate keyphrases (see ``KeyphraseCandidates``). A word is worth
/// how often it occurs times its specificity (see ``WordSpecificity``) to the
/// power 1.5, so that frequent but short, common words fall behind the names
/// and terms a text is about. A phrase is worth the sum of its words, scaled
/// by how much of the use of its most frequent word it accounts for
/// (cohesion: "interest rates" stands for "rates" when the text never writes
/// "rates" alone), divided by its length to the power 0.75 (longer phrases
/// are rarer keys), doubled and a half when somewhere it is a whole run of
/// content words (a whole noun phrase, not a piece of one), and raised when
/// it first occurs early: a title and a lead name what a text is about.
/// Lower-case phrases ending in a past participle (`-ed`) are verbs, not keys.
///
/// The constants were tuned on two development sets together, news with
/// mostly one-word crowd-sourced keys and scientific abstracts with
/// indexers' phrases (README, section Quality).
struct KeyphraseRanker {
    // A word's specificity counts to the power 1.5 (see `wordWorths`).
    /// A phrase's worth is divided by its length in words to this power.
    static let lengthPower = 0.75
    /// How much more a phrase is worth when it is somewhere a whole run of content words.
    static let wholeRunFactor = 2.5
    /// A phrase takes the place of a chosen word it contains when it holds this share of the word's occurrences.
    static let absorption = 3.0 / 4.0
    /// A phrase first found in sentence `i` (from 0) is worth `1 + earliness / (1 + i)` times more.
    static let earliness = 3.0

    let limit: Int

    /// A candidate (its index in the table's entries) and its worth.
    private typealias Scored = (entry: Int, score: Double)

    /// The best `limit` keyphrases, best first, scores relative to the best.
    func keywords(of candidates: KeyphraseCandidates, bytes: UnsafeBufferPointer<UInt8>) -> [Keyword] {
        let table = candidates.statistics()
        let entries = table.entries
        let worths = Self.wordWorths(candidates: candidates, bytes: bytes)
        // How often each content token's word occurs, looked up once per token rather than once per phrase.
        let wordCounts = candidates.terms.roles.indices.map { index in
            candidates.terms.roles[index] == .content
                ? table.index(of: candidates.wordKey(at: index)).map { Int(table.entries[$0].count) } ?? 0 : 0
        }
        var scored: [Scored] = []
        scored.reserveCapacity(entries.count)
        for entry in entries.indices {
            guard let score = Self.score(of: entries[entry], wordCounts: wordCounts, candidates: candidates, worths: worths)
            else {
                continue
            }
            scored.append((entry, score))
        }
        // Most candidates are never looked at: rank the best few, and all only when overlaps use them up.
        let shortlist = Self.ranked(scored, keeping: max(limit * 8, 32), entries: entries)
        var chosen = Self.choose(limit: limit, from: shortlist, entries: entries, candidates: candidates)
        if chosen.count < limit && shortlist.count < scored.count {
            let all = Self.ranked(scored, keeping: scored.count, entries: entries)
            chosen = Self.choose(limit: limit, from: all, entries: entries, candidates: candidates)
        }
        guard let best = chosen.first?.score else { return [] }
        return chosen.map { candidate in
            let statistics = entries[candidate.entry]
            let text = Self.text(of: statistics.shownTokens, terms: candidates.terms, bytes: bytes)
            return Keyword(text: statistics.isProperNoun ? text : text.lowercased(), score: candidate.score / best)
        }
    }

    /// The best `count` of `scored`, best first; ties go to the earlier, then
    /// the longer phrase, so the order does not depend on hashing.
    private static func ranked(
        _ scored: [Scored], keeping count: Int, entries: [KeyphraseCandidates.Statistics]
    ) -> [Scored] {
        let precedes = { (x: Scored, y: Scored) -> Bool in
            if x.score != y.score { return x.score > y.score }
            let (a, b) = (entries[x.entry].firstTokens, entries[y.entry].firstTokens)
            return a.lowerBound != b.lowerBound ? a.lowerBound < b.lowerBound : a.count > b.count
        }
        guard count < scored.count else { return scored.sorted(by: precedes) }
        var best: [Scored] = []
        best.reserveCapacity(count + 1)
        for candidate in scored {
            if best.count == count, let last = best.last, !precedes(candidate, last) { continue }
            var low = 0
            var high = best.count
            while low < high {
                let middle = (low + high) / 2
                if precedes(best[middle], candidate) { low = middle + 1 } else { high = middle }
            }
            best.insert(candidate, at: low)
            if best.count > count { best.removeLast() }
        }
        return best
    }

    /// The words of `tokens` joined by single spaces.
    private static func text(of tokens: Range<Int>, terms: TokenTerms, bytes: UnsafeBufferPointer<UInt8>) -> String {
        tokens.map { index in
            let surface = terms.surfaces[index]
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[surface.start..<surface.end]), as: UTF8.self)
        }.joined(separator: " ")
    }

    /// Each token's specificity to the power 1.5 (0 for tokens that are no content words).
    private static func wordWorths(candidates: KeyphraseCandidates, bytes: UnsafeBufferPointer<UInt8>) -> [Double] {
        let terms = candidates.terms
        return terms.roles.indices.map { index in
            guard terms.roles[index] == .content else { return 0 }
            let specificity = Double(WordSpecificity.of(bytes, terms.surfaces[index]))
            return specificity * specificity.squareRoot()
        }
    }

    /// The first `limit` of `ranked`, skipping those contained in a chosen
    /// phrase ("Lovelace" after "Ada Lovelace") and phrases that share two
    /// words in a row with a chosen one: pieces of one run of words
    /// ("bakery sells rye" after "harbour bakery sells") name one thing.
    private static func choose(
        limit: Int, from ranked: [Scored], entries: [KeyphraseCandidates.Statistics], candidates: KeyphraseCandidates
    ) -> [Scored] {
        var chosen: [Scored] = []
        for candidate in ranked {
            guard chosen.count < limit else { break }
            let tokens = entries[candidate.entry].firstTokens
            let repeats = chosen.contains { other in
                let chosenTokens = entries[other.entry].firstTokens
                return candidates.isContained(tokens, in: chosenTokens)
                    || candidates.sharesPair(tokens, with: chosenTokens)
            }
            guard !repeats else { continue }
            let standsFor = { (other: Scored) in
                candidates.isContained(entries[other.entry].firstTokens, in: tokens)
                    && Double(entries[candidate.entry].count) >= absorption * Double(entries[other.entry].count)
            }
            if let word = chosen.firstIndex(where: standsFor) {
                chosen[word] = (candidate.entry, chosen[word].score)
                chosen.removeAll { $0.entry != candidate.entry && standsFor($0) }
            } else {
                chosen.append(candidate)
            }
        }
        return chosen
    }

    /// A candidate's worth, nil when it is not a key at all.
    private static func score(
        of phrase: KeyphraseCandidates.Statistics, wordCounts: [Int], candidates: KeyphraseCandidates, worths: [Double]
    ) -> Double? {
        let tokens = phrase.firstTokens
        if !phrase.isProperNoun, candidates.terms.isPastParticiple[tokens.upperBound - 1] { return nil }
        var wordWorth = 0.0
        var mostFrequentWord = 0
        for index in tokens {
            let wordCount = wordCounts[index]
            guard wordCount > 0 else { return nil }
            wordWorth += worths[index] * Double(wordCount)
            mostFrequentWord = max(mostFrequentWord, wordCount)
        }
        let cohesion = Double(phrase.count) / Double(mostFrequentWord)
        let length = tokens.count == 1 ? 1 : pow(Double(tokens.count), lengthPower)
        let whole = phrase.wholeRuns > 0 ? wholeRunFactor : 1
        let early = 1 + earliness / Double(1 + phrase.firstSentence)
        return cohesion * wordWorth / length * whole * early
    }
}
