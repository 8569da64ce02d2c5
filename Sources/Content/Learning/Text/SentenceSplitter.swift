/// Splits prose into sentences. A full stop ends a sentence only when followed by space and a
/// capital, digit or opening quote (or the end); never after an abbreviation that cannot end one
/// ("e.g.", "i.e.", "No.", "Dr."), a decimal ("1.5"), or an initial ("J. Smith") — though the
/// letter that names a child ("Child J.") does end a sentence.
public enum SentenceSplitter {
    /// Abbreviations (lower case, without the final full stop) after which a sentence never ends.
    static let abbreviations: Set<String> = [
        "e.g", "eg", "i.e", "ie", "no", "nos", "dr", "mr", "mrs", "ms", "prof", "st", "cf", "vs", "approx",
        "fig", "para", "paras", "p", "pp", "cllr", "ref", "vol", "ch", "sec", "nb", "n.b", "inc", "jan", "feb",
        "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]
    /// Words that name a person by a letter, so "Child J." can end a sentence.
    static let letterNamers: Set<String> = ["child", "children", "baby", "young", "person", "family", "sibling", "mother", "father", "adult", "case", "appendix", "annex", "part"]

    /// The sentences of `text`, as Character offsets, trimmed of surrounding whitespace.
    public static func sentences(in text: String) -> [Range<Int>] { sentences(in: Array(text)) }

    /// The same, for text already split into Characters.
    static func sentences(in characters: [Character]) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        var start = 0
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if isTerminator(character) {
                var end = index + 1
                while end < characters.count, isTerminator(characters[end]) { end += 1 }
                while end < characters.count, isCloser(characters[end]) { end += 1 }
                if endsSentence(characters, terminator: index, after: end) {
                    append(start..<end, to: &sentences, in: characters)
                    start = end
                }
                index = end
            } else if CharacterClass.is(character, 0x0A), index + 1 < characters.count, CharacterClass.is(characters[index + 1], 0x0A) {
                append(start..<index, to: &sentences, in: characters)
                start = index
                index += 1
            } else {
                index += 1
            }
        }
        append(start..<characters.count, to: &sentences, in: characters)
        return sentences
    }

    /// The sentences as strings (for tests and simple callers).
    public static func split(_ text: String) -> [String] {
        let characters = Array(text)
        return sentences(in: text).map { String(characters[$0]) }
    }

    private static func append(_ range: Range<Int>, to sentences: inout [Range<Int>], in characters: [Character]) {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, CharacterClass.isWhitespace(characters[lower]) { lower += 1 }
        while upper > lower, CharacterClass.isWhitespace(characters[upper - 1]) { upper -= 1 }
        if lower < upper { sentences.append(lower..<upper) }
    }

    private static func endsSentence(_ characters: [Character], terminator: Int, after end: Int) -> Bool {
        var next = end
        while next < characters.count, CharacterClass.isWhitespace(characters[next]) { next += 1 }
        if next == characters.count { return true }
        // Needs a space, then something that can start a sentence.
        guard next > end else { return false }
        let first = characters[next]
        guard CharacterClass.isUppercase(first) || CharacterClass.isNumber(first) || "\"'(\u{2018}\u{201C}•-".contains(first) else { return false }
        guard CharacterClass.is(characters[terminator], UInt8(ascii: ".")) else { return true }
        let word = wordBefore(characters, terminator)
        if abbreviations.contains(word.lowercased()) { return false }
        if word.count == 1, word.first!.isUppercase {
            return letterNamers.contains(wordBefore(characters, terminator - 2).lowercased())
        }
        return true
    }

    /// ".", "!" or "?".
    private static func isTerminator(_ character: Character) -> Bool {
        guard let byte = character.asciiValue else { return false }
        return (byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?"))
    }

    /// What may follow a terminator inside the sentence: closing brackets and quotes.
    private static func isCloser(_ character: Character) -> Bool {
        if let byte = character.asciiValue {
            return byte == UInt8(ascii: ")") || byte == UInt8(ascii: "]") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
        }
        return character == "\u{2019}" || character == "\u{201D}"
    }

    /// The word (letters and inner full stops) ending just before `index`.
    private static func wordBefore(_ characters: [Character], _ index: Int) -> String {
        guard index > 0 else { return "" }
        var start = index
        while start > 0, CharacterClass.isLetter(characters[start - 1])
            || (CharacterClass.is(characters[start - 1], UInt8(ascii: ".")) && start - 1 > 0 && CharacterClass.isLetter(characters[start - 2])) {
            start -= 1
        }
        return String(characters[start..<max(start, index)])
    }
}
