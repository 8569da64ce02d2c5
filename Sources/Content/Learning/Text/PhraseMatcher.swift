/// Finds phrases in text: at each word, the longest phrase that matches wins and its words are
/// used up, so "Department for Education" is not also "Education".
struct PhraseMatcher<Payload: Sendable>: Sendable {
    struct Match: Sendable {
        var payload: Payload
        var pattern: PhrasePattern
        /// Character offsets of the matched words.
        var range: Range<Int>
    }

    /// Patterns by the first word's folded text (prefix patterns are checked everywhere).
    private var byFirstWord: [String: [(PhrasePattern, Payload)]] = [:]
    private var prefixPatterns: [(PhrasePattern, Payload)] = []

    init(_ entries: [(String, Payload)]) {
        for (phrase, payload) in entries {
            guard let pattern = PhrasePattern(phrase) else { continue }
            if pattern.words.count == 1 && pattern.words[0].isPrefix {
                prefixPatterns.append((pattern, payload))
            } else {
                byFirstWord[pattern.words[0].text.lowercased(), default: []].append((pattern, payload))
            }
        }
    }

    func matches(in text: WordTokens) -> [Match] {
        var found: [Match] = []
        var index = 0
        while index < text.tokens.count {
            let token = text.tokens[index]
            var candidates = byFirstWord[token.folded] ?? []
            if token.folded.hasSuffix("'s") { candidates += byFirstWord[String(token.folded.dropLast(2))] ?? [] }
            if token.folded.hasSuffix("'") { candidates += byFirstWord[String(token.folded.dropLast())] ?? [] }
            candidates += prefixPatterns
            let best = candidates
                .filter { $0.0.matches(text, at: index) }
                .max { $0.0.words.count < $1.0.words.count }
            if let (pattern, payload) = best {
                let last = text.tokens[index + pattern.words.count - 1]
                found.append(Match(payload: payload, pattern: pattern, range: token.range.lowerBound..<last.range.upperBound))
                index += pattern.words.count
            } else {
                index += 1
            }
        }
        return found
    }
}
