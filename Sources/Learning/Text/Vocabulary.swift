/// The distinct words of a text — of a whole document, when its pieces are split together — each
/// numbered once, so that a rule asking about a word (is it the first word of a phrase, an
/// acronym, a glossary key) asks once per distinct word, not at each of its occurrences.
final class Vocabulary: Sendable {
    /// Each distinct word as written (a curly apostrophe made straight), by its number.
    let words: [String]
    /// Each word lower-cased, by the same number.
    let folded: [String]

    init(words: [String]) {
        self.words = words
        folded = words.map { $0.lowercased() }
    }

    var count: Int { words.count }

    /// Numbers words as they are first met.
    struct Builder {
        private var numbers: [String: Int] = [:]
        private var words: [String] = []

        mutating func number(of word: String) -> Int {
            if let number = numbers[word] { return number }
            numbers[word] = words.count
            words.append(word)
            return words.count - 1
        }

        func build() -> Vocabulary { Vocabulary(words: words) }
    }
}
