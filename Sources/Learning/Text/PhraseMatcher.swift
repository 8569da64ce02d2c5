/// Finds phrases in text: at each word, the longest phrase that matches wins and its words are
/// used up, so "Department for Education" is not also "Education".
struct PhraseMatcher<Payload: Sendable>: Sendable {
    struct Match: Sendable {
        var payload: Payload
        var pattern: PhrasePattern
        /// UTF-8 offsets of the matched words.
        var range: Range<Int>
    }

    private struct Entry: Sendable {
        var pattern: PhrasePattern
        var payload: Payload
    }

    /// Patterns by the first word, lower case; one-word prefix patterns by their first letter.
    private var byFirstWord: [String: [Entry]] = [:]
    private var prefixesByFirstLetter: [Character: [Entry]] = [:]
    /// The entries whose first word matches each word of one vocabulary (a document's), found once.
    private var bound: (vocabulary: Vocabulary, candidates: [[Entry]])?

    init(_ entries: [(String, Payload)]) {
        for (phrase, payload) in entries {
            guard let pattern = PhrasePattern(phrase) else { continue }
            let first = pattern.words[0].text.lowercased()
            if pattern.words.count == 1 && pattern.words[0].isPrefix {
                prefixesByFirstLetter[first.first!, default: []].append(Entry(pattern: pattern, payload: payload))
            } else {
                byFirstWord[first, default: []].append(Entry(pattern: pattern, payload: payload))
            }
        }
    }

    /// The matcher with the candidates for every word of `vocabulary` found now, for all the texts split with it.
    func bound(to vocabulary: Vocabulary) -> PhraseMatcher {
        var matcher = self
        matcher.bound = (vocabulary, candidates(in: vocabulary))
        return matcher
    }

    /// For each word of a vocabulary, the entries whose first word it matches, in a fixed order:
    /// the word's own phrases, those of the word without a possessive, then one-word prefixes.
    private func candidates(in vocabulary: Vocabulary) -> [[Entry]] {
        zip(vocabulary.words, vocabulary.folded).map { text, folded in
            // A word holds an apostrophe only where the splitter kept one.
            let word = WordToken(word: 0, text: text, folded: folded, range: 0..<0, hasApostrophe: text.contains("'"))
            var entries = byFirstWord[folded] ?? []
            if word.hasApostrophe {
                if folded.hasSuffix("'s") { entries += byFirstWord[String(folded.dropLast(2))] ?? [] }
                if folded.hasSuffix("'") { entries += byFirstWord[String(folded.dropLast())] ?? [] }
            }
            if let letter = folded.first { entries += prefixesByFirstLetter[letter] ?? [] }
            return entries.filter { $0.pattern.words[0].matches(word) }
        }
    }

    /// The candidates for the words of `text`: those found when bound to its vocabulary, else found now.
    private func candidates(for text: WordTokens) -> [[Entry]] {
        if let bound, bound.vocabulary === text.vocabulary { return bound.candidates }
        return candidates(in: text.vocabulary)
    }

    /// Non-overlapping matches: at each word the longest phrase wins, whatever its payload.
    func matches(in text: WordTokens) -> [Match] {
        let candidates = candidates(for: text)
        var found: [Match] = []
        var index = 0
        while index < text.tokens.count {
            // The first of the longest, as `max(by:)` over the candidates in order would choose.
            var best: Entry?
            forEachCandidate(at: index, in: text, candidates) { entry in
                if best == nil || best!.pattern.words.count < entry.pattern.words.count { best = entry }
            }
            if let best {
                found.append(match(best, at: index, in: text))
                index += best.pattern.words.count
            } else {
                index += 1
            }
        }
        return found
    }

    /// Calls `body` with each entry whose phrase matches at token `index`, in the order of `candidates`.
    private func forEachCandidate(at index: Int, in text: WordTokens, _ candidates: [[Entry]], _ body: (Entry) -> Void) {
        for entry in candidates[text.tokens[index].word] where entry.pattern.matchesAfterFirstWord(text, at: index) { body(entry) }
    }

    private func match(_ entry: Entry, at index: Int, in text: WordTokens) -> Match {
        let last = text.tokens[index + entry.pattern.words.count - 1]
        return Match(payload: entry.payload, pattern: entry.pattern, range: text.tokens[index].range.lowerBound..<last.range.upperBound)
    }
}

extension PhraseMatcher where Payload: Hashable {
    /// Matches that do not overlap others of the same payload (longest first), though they may
    /// overlap another payload's: one pass finds every theme's signals.
    func matchesPerPayload(in text: WordTokens) -> [Match] {
        let candidates = candidates(for: text)
        var found: [Match] = []
        var usedUntil: [Payload: Int] = [:]
        for index in text.tokens.indices {
            var best: [Payload: Entry] = [:]
            forEachCandidate(at: index, in: text, candidates) { entry in
                if index >= usedUntil[entry.payload, default: 0] && entry.pattern.words.count > (best[entry.payload]?.pattern.words.count ?? 0) {
                    best[entry.payload] = entry
                }
            }
            if best.isEmpty { continue }
            for entry in best.values {
                found.append(match(entry, at: index, in: text))
                usedUntil[entry.payload] = index + entry.pattern.words.count
            }
        }
        return found
    }
}
