/// A phrase from a data file ("Children's Social Care", "exclu*"), as words to match.
/// Smart case per word: a word with a capital matches only that capitalisation, an all-lower-case
/// word matches any case; a trailing `*` makes the last word a prefix; a possessive 's (or a
/// plural possessive ') on a text word still matches.
struct PhrasePattern: Sendable, Hashable {
    struct Word: Sendable, Hashable {
        var text: String
        var isCaseSensitive: Bool
        var isPrefix: Bool
        /// `text` + "'s", and for a word ending in "s" `text` + "'": built once, not at every comparison.
        private var possessive: String
        private var pluralPossessive: String?

        init(text: String, isCaseSensitive: Bool, isPrefix: Bool) {
            self.text = text
            self.isCaseSensitive = isCaseSensitive
            self.isPrefix = isPrefix
            possessive = text + "'s"
            pluralPossessive = text.hasSuffix("s") ? text + "'" : nil
        }

        func matches(_ token: WordToken) -> Bool {
            let candidate = isCaseSensitive ? token.text : token.folded
            if isPrefix { return candidate.hasPrefix(text) }
            if candidate == text { return true }
            // A word without an apostrophe cannot be a possessive.
            guard token.hasApostrophe else { return false }
            return candidate == possessive || (pluralPossessive.map { candidate == $0 } ?? false)
        }
    }

    var source: String
    var words: [Word]

    /// Nil when the phrase has no words.
    init?(_ phrase: String) {
        let isPrefix = phrase.hasSuffix("*")
        let tokens = WordTokens(isPrefix ? String(phrase.dropLast()) : phrase).tokens
        guard !tokens.isEmpty else { return nil }
        source = phrase
        words = tokens.enumerated().map { index, token in
            let isCaseSensitive = token.text.contains(where: \.isUppercase)
            return Word(text: isCaseSensitive ? token.text : token.folded, isCaseSensitive: isCaseSensitive,
                        isPrefix: isPrefix && index == tokens.count - 1)
        }
    }

    /// Whether the pattern matches the tokens starting at `start`, its first word being known to
    /// match the token there (the matcher checks that once per distinct word).
    func matchesAfterFirstWord(_ text: WordTokens, at start: Int) -> Bool {
        guard start + words.count <= text.tokens.count else { return false }
        for offset in words.indices.dropFirst() {
            if !words[offset].matches(text.tokens[start + offset]) { return false }
            if !text.joins(start + offset - 1, start + offset) { return false }
        }
        return true
    }
}
