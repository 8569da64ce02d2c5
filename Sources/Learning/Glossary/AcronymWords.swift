/// What the glossary asks of each distinct word of a vocabulary, asked once per word: the word
/// less a possessive ("PSCP's" → "PSCP") and whether that is shaped like an acronym.
struct AcronymWords: Sendable {
    /// Each word less its possessive 's, by the word's number.
    let stems: [String]
    let isAcronym: [Bool]

    init(_ vocabulary: Vocabulary) {
        stems = vocabulary.words.map(Self.stem)
        isAcronym = stems.map(AcronymShape.isAcronym)
    }

    /// The word less a possessive 's. The last byte rules most words out before the slower
    /// Character comparison (a text ending in the character "s" ends in the byte "s").
    static func stem(_ word: String) -> String {
        word.utf8.last == UInt8(ascii: "s") && word.hasSuffix("'s") ? String(word.dropLast(2)) : word
    }

    /// Each word's glossary key among `known` (see `Glossary.key(for:known:)`), by the word's number.
    func keys<Value>(known: [String: Value]) -> [String?] {
        stems.map { Glossary.key(for: $0, known: known) }
    }
}
