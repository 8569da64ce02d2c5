/// Finds phrases in text: at each word, the longest phrase that matches wins and its words are
/// used up, so "Department for Education" is not also "Education".
struct PhraseMatcher<Payload: Sendable>: Sendable {
    struct Match: Sendable {
        var payload: Payload
        var pattern: PhrasePattern
        /// Character offsets of the matched words.
        var range: Range<Int>
    }

    private struct Entry: Sendable {
        var pattern: PhrasePattern
        var payload: Payload
    }

    /// Patterns by the first word, lower case; one-word prefix patterns by their first letter.
    private var byFirstWord: [String: [Entry]] = [:]
    private var prefixesByFirstLetter: [Character: [Entry]] = [:]

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

    /// Non-overlapping matches: at each word the longest phrase wins, whatever its payload.
    func matches(in text: WordTokens) -> [Match] {
        var found: [Match] = []
        var index = 0
        while index < text.tokens.count {
            if let best = candidates(at: index, in: text).max(by: { $0.pattern.words.count < $1.pattern.words.count }) {
                found.append(match(best, at: index, in: text))
                index += best.pattern.words.count
            } else {
                index += 1
            }
        }
        return found
    }

    /// The entries whose phrase matches at token `index`.
    private func candidates(at index: Int, in text: WordTokens) -> [Entry] {
        let folded = text.tokens[index].folded
        var entries = byFirstWord[folded] ?? []
        if folded.hasSuffix("'s") { entries += byFirstWord[String(folded.dropLast(2))] ?? [] }
        if folded.hasSuffix("'") { entries += byFirstWord[String(folded.dropLast())] ?? [] }
        if let letter = folded.first { entries += prefixesByFirstLetter[letter] ?? [] }
        return entries.filter { $0.pattern.matches(text, at: index) }
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
        var found: [Match] = []
        var usedUntil: [Payload: Int] = [:]
        for index in text.tokens.indices {
            var best: [Payload: Entry] = [:]
            for entry in candidates(at: index, in: text) where index >= usedUntil[entry.payload, default: 0]
                && entry.pattern.words.count > (best[entry.payload]?.pattern.words.count ?? 0) {
                best[entry.payload] = entry
            }
            for entry in best.values {
                found.append(match(entry, at: index, in: text))
                usedUntil[entry.payload] = index + entry.pattern.words.count
            }
        }
        return found
    }
}
